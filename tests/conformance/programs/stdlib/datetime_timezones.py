"""datetime: aware datetimes, fixed-offset time zones, ISO parsing and strftime."""
from datetime import datetime, timedelta, timezone
paris = timezone(timedelta(hours=1), "CET")
meeting = datetime(2024, 11, 5, 15, 30, tzinfo=paris)
print(meeting, repr(meeting.astimezone(timezone.utc)), meeting.tzname(), meeting.utcoffset())
print(meeting.isoformat(timespec="minutes"), meeting.strftime("%a %d %b %Y %I:%M %p %z %Z"))
parsed = datetime.fromisoformat("2024-11-05T14:30:00+00:00")
print(parsed == meeting, parsed - meeting, sorted([meeting, parsed + timedelta(minutes=1)])[0] is meeting)
print(datetime(2024, 12, 31).isocalendar(), datetime(2025, 1, 1).strftime("%G-W%V-%u %j"))
