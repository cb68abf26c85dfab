"""The client ``datetime`` module: compiled and run under node, it prints what CPython prints."""
from __future__ import annotations

VALUES = """\
    from datetime import date, timedelta, datetime, time, timezone


    def main():
        d = date(2024, 2, 28)
        print(d, d + timedelta(days=1), d + timedelta(days=2), d.isoformat(), d.weekday(), d.isoweekday())
        print((date(2024, 12, 25) - d).days, d.replace(day=1), d.strftime("%d/%m/%Y"), d.year, d.month)
        print(date(2023, 1, 1) < d, repr(d), date.fromisoformat("2020-05-17").toordinal())
        start = datetime(2024, 3, 1, 9, 30)
        end = start + timedelta(hours=36, minutes=45)
        print(start, end, end - start, end.isoformat(), start.strftime("%Y-%m-%d %H:%M"))
        print(datetime.fromisoformat("2024-01-02T03:04:05"), start < end, end.date(), end.time())
        print(datetime.strptime("05/06/2024 14:15", "%d/%m/%Y %H:%M"))
        t = timedelta(days=1, hours=2, minutes=3, seconds=4)
        print(t, float(t.total_seconds()), t.days, t.seconds)
        print(timedelta(minutes=90), timedelta(seconds=-1), timedelta(hours=25) // timedelta(hours=1))
        print(timedelta(weeks=1) - timedelta(days=1), timedelta(0) == timedelta(), abs(timedelta(days=-2)))
        print(repr(d.isocalendar()), repr(timezone(timedelta(hours=5, minutes=30))), str(timezone(timedelta(hours=-5))))
        print(repr(timezone(timedelta(hours=1), "X")), repr(timezone.utc), repr(datetime(2024, 1, 1, tzinfo=timezone.utc)))
        print(datetime(2024, 1, 1, 0, 0, 0, 5, tzinfo=timezone(timedelta(hours=-3))), repr(time(1)), repr(time(0)))
        print(repr(time(1, 2, 3, 4)), time(1, 2, 3, 400).isoformat("milliseconds"), repr(timedelta(microseconds=-1)),
              timedelta(microseconds=-1))
        print(datetime(2024, 3, 1).strftime("%c|%x|%X|%a %A %b %B %j %U %W %w %u %G %V %y %I %p %e %-d %Z %z %%"))
        print(timedelta(days=1.5, seconds=0.5, microseconds=0.5), timedelta(microseconds=1.5),
              timedelta(microseconds=2.5), timedelta(hours=1) * 1.1, timedelta(1) / 3)
        print(date.max, date.min, timedelta.max, timedelta.min, repr(timedelta.resolution), datetime.max, time.max)
        print(repr(datetime(2024, 3, 1, 9, 30, 5, 120)), repr(datetime.fromisoformat("2024-03-01T09:30:00+05:30")),
              datetime.fromisoformat("2024-03-01 09:30:00.123Z"), datetime.fromisoformat("20240301T0930"))
        a = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
        b = datetime(2024, 3, 10, 14, 0, tzinfo=timezone(timedelta(hours=2)))
        print(a == b, a - b, b.astimezone(timezone.utc), float(a.timestamp()),
              datetime.fromtimestamp(1700000000, timezone.utc), b.utcoffset(), b.tzname())
        print(date.fromordinal(1), date.fromordinal(738000), date(2020, 12, 31).isocalendar()[1],
              date(2021, 1, 3).isocalendar()[0], date.fromisocalendar(2020, 53, 7), date.fromisoformat("2024-W10-3"))
        print(datetime.combine(date(2024, 1, 2), time(3, 4)), f"{d:%B %d, %Y}", f"{d}", "{:%H}".format(start),
              hash(d) == hash(date(2024, 2, 28)))
        print(timedelta(hours=1) * 3, 2 * timedelta(minutes=5), timedelta(hours=1) / 4,
              timedelta(hours=3) % timedelta(hours=2), divmod(timedelta(hours=5), timedelta(hours=2)))
        print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)),
              {d: 1}[date(2024, 2, 28)])
        print(datetime.strptime("2024-07-04T10:20:30.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"),
              datetime.strptime("Mar 5 2021 3:04 PM", "%b %d %Y %I:%M %p"), datetime.strptime("21 060", "%y %j"))
        print(bool(timedelta(0)), bool(timedelta(microseconds=1)), -timedelta(hours=1),
              timedelta(days=-1, hours=23) + timedelta(hours=1))
        calls = [
            lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 24),
            lambda: date(2024, 1, 1.5), lambda: date.fromisoformat("2024-1-1"), lambda: datetime.strptime("2024", "%d"),
            lambda: datetime.strptime("01/02/2024x", "%d/%m/%Y"), lambda: date(9999, 12, 31) + timedelta(1),
            lambda: timedelta(days=10 ** 9), lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc), lambda: date(2024, 1, 1) < 5,
            lambda: timedelta(1) + 1, lambda: datetime(2024, 1, 1) == date(2024, 1, 1), lambda: time(12, 60),
            lambda: timezone(timedelta(hours=24)), lambda: datetime.fromisoformat("2024-03-01T25:00"),
        ]
        for call in calls:
            try:
                print(call())
            except (ValueError, TypeError, OverflowError) as exc:
                print(type(exc).__name__, exc)
"""

LOCAL_TIME = """\
    from datetime import date, datetime, timedelta, timezone


    def main():
        print(datetime.fromtimestamp(1700000000), datetime.fromtimestamp(1700000000.25), date.fromtimestamp(1700000000))
        print(repr(float(datetime(2024, 6, 1, 12).timestamp())), datetime.utcfromtimestamp(0),
              datetime(2024, 6, 1, 12).astimezone().utcoffset())
        now = datetime.now()
        print(abs((now - datetime.today()).total_seconds()) < 5, datetime.now(timezone.utc).tzinfo, date.today() == now.date(),
              abs(datetime.now().timestamp() - datetime.now(timezone.utc).timestamp()) < 5)
        print(abs((datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)).total_seconds()) < 5)
        moment = datetime(2024, 2, 3, 4, 5, 6, 789)
        print(datetime.fromtimestamp(moment.timestamp()) == moment)
"""


def test_values_match_cpython(client):
    output = client(VALUES)
    assert output == client.cpython()
    assert "1 day, 2:03:04 93784.0 1 7384" in output


def test_local_time_matches_cpython(client):
    output = client(LOCAL_TIME)
    assert output == client.cpython()
    assert output.splitlines()[2:] == ["True UTC True True", "True", "True"]
