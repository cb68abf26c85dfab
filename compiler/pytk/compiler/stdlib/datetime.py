"""Dates and times: a browser version of the stdlib module ``datetime``.

``date``, ``time``, ``datetime``, ``timedelta``, ``tzinfo`` and ``timezone`` (fixed offsets,
``timezone.utc``) with CPython's arithmetic, comparisons, ``str()``/``repr()``, ``isoformat`` and
``fromisoformat``, ``strftime`` and ``strptime`` (the C-locale directives), ``weekday``,
``isocalendar``, ``replace``, ``combine``, ``timestamp``/``fromtimestamp``, ``astimezone``, and
the errors CPython raises for out-of-range values. Local time (``now()``, ``today()``, naive
``timestamp()``) is the browser's time zone, read through JavaScript's ``Date``.
"""

__all__ = ["MAXYEAR", "MINYEAR", "date", "datetime", "time", "timedelta", "timezone", "tzinfo", "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_MAX_DAYS = 999999999
_MAX_ORDINAL = 3652059

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]

__pragma__('js', '{}', '''
function _pytk_dt_is_int (x) {
    return typeof x == 'boolean' || (typeof x == 'number' && Number.isInteger (x));
}

function _pytk_dt_is_number (x) {
    // A float with an integral value is a box around a number (see the compiler's runtime).
    return typeof x == 'boolean' || typeof x == 'number' ||
        (x !== null && typeof x == 'object' && typeof x.__float__ == 'function' && typeof x.valueOf () == 'number');
}

// Epoch microseconds now (with the sub-millisecond part where the browser gives it).
function _pytk_dt_now_us () {
    if (typeof performance != 'undefined' && performance.timeOrigin) {
        return Math.round ((performance.timeOrigin + performance.now ()) * 1000);
    }
    return Date.now () * 1000;
}

// [year, month, day, hour, minute, second, milliseconds, offset minutes east of UTC] in local time.
function _pytk_dt_local_parts (ms) {
    const d = new Date (ms);
    return [d.getFullYear (), d.getMonth () + 1, d.getDate (), d.getHours (), d.getMinutes (), d.getSeconds (),
            d.getMilliseconds (), -d.getTimezoneOffset ()];
}

// Epoch milliseconds of a local wall time.
function _pytk_dt_local_ms (year, month, day, hour, minute, second) {
    const d = new Date (2000, 0, 1, 0, 0, 0, 0);
    d.setFullYear (year, month - 1, day);
    d.setHours (hour, minute, second, 0);
    return d.getTime ();
}

function _pytk_dt_zone_name (ms) {
    try {
        const parts = new Intl.DateTimeFormat ('en-US', {timeZoneName: 'short'}).formatToParts (new Date (ms));
        for (const part of parts) {
            if (part.type == 'timeZoneName') {
                return part.value;
            }
        }
    }
    catch (error) {
    }
    return null;
}
''')


def _check_int(value):
    if _pytk_dt_is_int(value):
        return value + 0
    if value is not None and hasattr(value, "__index__"):
        return value.__index__()
    name = "float" if _pytk_dt_is_number(value) else type(value).__name__
    raise TypeError("'" + name + "' object cannot be interpreted as an integer")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap_day + day


def _ordinal_to_ymd(n):
    """(year, month, day) of the proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    cycles400 = n // 146097
    n = n % 146097
    cycles100 = n // 36524
    n = n % 36524
    cycles4 = n // 1461
    n = n % 1461
    years = n // 365
    n = n % 365
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        return (year - 1, 12, 31)
    month = 1
    while n >= _days_in_month(year, month):
        n -= _days_in_month(year, month)
        month += 1
    return (year, month, n + 1)


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year " + str(year) + " is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return (year, month, day)


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return (hour, minute, second, microsecond)


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + type(tz).__name__ + "'")


def _round_half_even(x):
    rounded = Math.round(x)
    if Math.abs(x - Math.trunc(x)) == 0.5 and rounded % 2 != 0:
        rounded -= 1
    return rounded + 0


def _pad(value, width):
    text = str(value)
    while len(text) < width:
        text = "0" + text
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return _pad(hour, 2)
    if timespec == "minutes":
        return _pad(hour, 2) + ":" + _pad(minute, 2)
    text = _pad(hour, 2) + ":" + _pad(minute, 2) + ":" + _pad(second, 2)
    if timespec == "seconds":
        return text
    if timespec == "milliseconds":
        return text + "." + _pad(microsecond // 1000, 3)
    if timespec == "microseconds":
        return text + "." + _pad(microsecond, 6)
    raise ValueError("Unknown timespec value")


def _format_offset(offset, sep=":"):
    """+HH:MM[:SS[.ffffff]] for a timedelta offset ('' for None)."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    hours = offset.seconds // 3600
    minutes = (offset.seconds // 60) % 60
    seconds = offset.seconds % 60
    text = sign + _pad(hours, 2) + sep + _pad(minutes, 2)
    if seconds or offset.microseconds:
        text += sep + _pad(seconds, 2)
        if offset.microseconds:
            text += "." + _pad(offset.microseconds, 6)
    return text


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo." + name + "() must return None or timedelta, not '" + type(offset).__name__ + "'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not " + repr(offset) + ".")


class timedelta:
    """A duration: days, seconds (0 to 86399) and microseconds (0 to 999999)."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        for value in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not _pytk_dt_is_number(value):
                raise TypeError("unsupported type for timedelta component: " + type(value).__name__)
        d = days + weeks * 7
        s = seconds + minutes * 60 + hours * 3600
        us = microseconds + milliseconds * 1000
        whole_days = Math.trunc(d)
        s += (d - whole_days) * 86400
        whole_seconds = Math.trunc(s)
        us += (s - whole_seconds) * 1000000
        us = _round_half_even(us)
        whole_seconds += us // 1000000
        us = us % 1000000
        whole_days += whole_seconds // 86400
        whole_seconds = whole_seconds % 86400
        if Math.abs(whole_days) > _MAX_DAYS:
            raise OverflowError("days=" + str(whole_days) + "; must have magnitude <= 999999999")
        self._days = whole_days + 0
        self._seconds = whole_seconds + 0
        self._microseconds = us + 0

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return ((self._days * 86400 + self._seconds) * 1000000 + self._microseconds) / 1000000

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=" + str(self._days))
        if self._seconds:
            parts.append("seconds=" + str(self._seconds))
        if self._microseconds:
            parts.append("microseconds=" + str(self._microseconds))
        if not parts:
            parts.append("0")
        return "datetime.timedelta(" + ", ".join(parts) + ")"

    def __str__(self):
        minutes = self._seconds // 60
        text = str(minutes // 60) + ":" + _pad(minutes % 60, 2) + ":" + _pad(self._seconds % 60, 2)
        if self._days:
            plural = "" if Math.abs(self._days) == 1 else "s"
            text = str(self._days) + " day" + plural + ", " + text
        if self._microseconds:
            text += "." + _pad(self._microseconds, 6)
        return text

    def __format__(self, spec):
        return format(str(self), spec)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days, self._seconds + other._seconds,
                             self._microseconds + other._microseconds)
        if isinstance(other, date):
            return other.__add__(self)
        raise TypeError("unsupported operand type(s) for +: 'datetime.timedelta' and '" + type(other).__name__ + "'")

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days, self._seconds - other._seconds,
                             self._microseconds - other._microseconds)
        raise TypeError("unsupported operand type(s) for -: 'datetime.timedelta' and '" + type(other).__name__ + "'")

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other.__sub__(self)
        raise TypeError("unsupported operand type(s) for -: '" + type(other).__name__ + "' and 'datetime.timedelta'")

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if _pytk_dt_is_int(other):
            return timedelta(self._days * other, self._seconds * other, self._microseconds * other)
        if _pytk_dt_is_number(other):
            return timedelta(0, 0, _round_half_even(self._to_microseconds() * other))
        raise TypeError("unsupported operand type(s) for *: 'datetime.timedelta' and '" + type(other).__name__ + "'")

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("division by zero")
            return self._to_microseconds() / other._to_microseconds()
        if _pytk_dt_is_number(other):
            if other == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta(0, 0, _round_half_even(self._to_microseconds() / other))
        raise TypeError("unsupported operand type(s) for /: 'datetime.timedelta' and '" + type(other).__name__ + "'")

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_microseconds() // other._to_microseconds()
        if _pytk_dt_is_int(other):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta(0, 0, self._to_microseconds() // other)
        raise TypeError("unsupported operand type(s) for //: 'datetime.timedelta' and '" + type(other).__name__ + "'")

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta(0, 0, self._to_microseconds() % other._to_microseconds())
        raise TypeError("unsupported operand type(s) for %: 'datetime.timedelta' and '" + type(other).__name__ + "'")

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            return (self.__floordiv__(other), self.__mod__(other))
        raise TypeError("unsupported operand type(s) for divmod(): 'datetime.timedelta' and '"
                        + type(other).__name__ + "'")

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def _compare(self, other, op):
        if not isinstance(other, timedelta):
            raise TypeError("'" + op + "' not supported between instances of 'datetime.timedelta' and '"
                            + type(other).__name__ + "'")
        return _compare_keys(self._key(), other._key())

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._key() == other._key()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._compare(other, "<") < 0

    def __le__(self, other):
        return self._compare(other, "<=") <= 0

    def __gt__(self, other):
        return self._compare(other, ">") > 0

    def __ge__(self, other):
        return self._compare(other, ">=") >= 0

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _compare_keys(a, b):
    for i in range(len(a)):
        if a[i] < b[i]:
            return -1
        if a[i] > b[i]:
            return 1
    return 0


timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(_MAX_DAYS, 86399, 999999)
timedelta.resolution = timedelta(0, 0, 1)


class IsoCalendarDate:
    """(year, week, weekday) of the ISO calendar, as ``date.isocalendar()`` returns it."""

    def __init__(self, year, week, weekday):
        self.year = year
        self.week = week
        self.weekday = weekday

    def __getitem__(self, index):
        return [self.year, self.week, self.weekday][index]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter([self.year, self.week, self.weekday])

    def __eq__(self, other):
        return tuple([self.year, self.week, self.weekday]) == tuple(other)

    def __repr__(self):
        return ("datetime.IsoCalendarDate(year=" + str(self.year) + ", week=" + str(self.week) + ", weekday="
                + str(self.weekday) + ")")


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


class date:
    """A date of the proleptic Gregorian calendar."""

    def __init__(self, year, month, day):
        fields = _check_date_fields(year, month, day)
        self._year = fields[0]
        self._month = fields[1]
        self._day = fields[2]

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        parts = _pytk_dt_local_parts(Date.now())
        return cls(parts[0], parts[1], parts[2])

    @classmethod
    def fromtimestamp(cls, t):
        parts = _pytk_dt_local_parts(Math.floor(t * 1000))
        return cls(parts[0], parts[1], parts[2])

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        ymd = _ordinal_to_ymd(n)
        return cls(ymd[0], ymd[1], ymd[2])

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(text)
        if ymd is None:
            raise ValueError("Invalid isoformat string: " + repr(text))
        return cls(ymd[0], ymd[1], ymd[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        ymd = _from_iso_calendar(year, week, day)
        return cls(ymd[0], ymd[1], ymd[2])

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday is 7."""
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        return IsoCalendarDate(year, (ordinal - monday) // 7 + 1, (ordinal - monday) % 7 + 1)

    def replace(self, year=None, month=None, day=None):
        return date(self._year if year is None else year, self._month if month is None else month,
                    self._day if day is None else day)

    def isoformat(self):
        return _pad(self._year, 4) + "-" + _pad(self._month, 2) + "-" + _pad(self._day, 2)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "datetime.date(" + str(self._year) + ", " + str(self._month) + ", " + str(self._day) + ")"

    def ctime(self):
        return _strftime(self, "%a %b %e %H:%M:%S %Y")

    def strftime(self, fmt):
        return _strftime(self, fmt)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not " + type(spec).__name__)
        if len(spec) == 0:
            return str(self)
        return self.strftime(spec)

    def timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1, -1)

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return date.fromordinal(ordinal)
        raise TypeError("unsupported operand type(s) for +: 'datetime.date' and '" + type(other).__name__ + "'")

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(timedelta(-other.days))
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        raise TypeError("unsupported operand type(s) for -: 'datetime.date' and '" + type(other).__name__ + "'")

    def _key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, datetime) or not isinstance(other, date):
            raise TypeError("'" + op + "' not supported between instances of 'datetime.date' and '"
                            + type(other).__name__ + "'")
        return _compare_keys(self._key(), other._key())

    def __eq__(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and self._key() == other._key()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._compare(other, "<") < 0

    def __le__(self, other):
        return self._compare(other, "<=") <= 0

    def __gt__(self, other):
        return self._compare(other, ">") > 0

    def __ge__(self, other):
        return self._compare(other, ">=") >= 0

    def __hash__(self):
        return hash(self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


def _from_iso_calendar(year, week, day):
    year = _check_int(year)
    week = _check_int(week)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: " + str(year))
    if not 0 < week < 53:
        last_week = 52
        first_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
        if first_weekday == 3 or (first_weekday == 2 and _is_leap(year)):
            last_week = 53
        if week != 53 or last_week != 53:
            raise ValueError("Invalid week: " + str(week))
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: " + str(day) + " (range is [1, 7])")
    return _ordinal_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


class tzinfo:
    """The base class of time zones: subclasses define utcoffset, dst and tzname."""

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def fromutc(self, dt):
        offset = self.utcoffset(dt)
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        return dt + offset


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not " + repr(offset) + ".")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __str__(self):
        return self.tzname(None)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(" + repr(self._offset) + ")"
        return "datetime.timezone(" + repr(self._offset) + ", " + repr(self._name) + ")"

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _utcoffset_of(tz, dt):
    if tz is None:
        return None
    offset = tz.utcoffset(dt)
    _check_offset("utcoffset", offset)
    return offset


class time:
    """A time of day, optionally with a tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour = fields[0]
        self._minute = fields[1]
        self._second = fields[2]
        self._microsecond = fields[3]
        self._tzinfo = tzinfo
        self._fold = fold

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_time(text[1:] if text.startswith("T") else text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: " + repr(text))
        return cls(parsed[0], parsed[1], parsed[2], parsed[3], parsed[4])

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond,
                    self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        text = "datetime.time(" + str(self._hour) + ", " + str(self._minute)
        if self._second or self._microsecond:
            text += ", " + str(self._second)
        if self._microsecond:
            text += ", " + str(self._microsecond)
        if self._tzinfo is not None:
            text += ", tzinfo=" + repr(self._tzinfo)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, fmt):
        return _strftime(datetime(1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                                  self._tzinfo), fmt)

    def __format__(self, spec):
        if len(spec) == 0:
            return str(self)
        return self.strftime(spec)

    def _key(self):
        offset = self.utcoffset()
        minutes = self._hour * 60 + self._minute
        if offset is not None:
            minutes -= offset.days * 1440 + offset.seconds // 60
        return (minutes, self._second, self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, time):
            raise TypeError("'" + op + "' not supported between instances of 'datetime.time' and '"
                            + type(other).__name__ + "'")
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _compare_keys(self._key(), other._key())

    def __eq__(self, other):
        if not isinstance(other, time) or (self.utcoffset() is None) != (other.utcoffset() is None):
            return False
        return self._key() == other._key()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._compare(other, "<") < 0

    def __le__(self, other):
        return self._compare(other, "<=") <= 0

    def __gt__(self, other):
        return self._compare(other, ">") > 0

    def __ge__(self, other):
        return self._compare(other, ">=") >= 0

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(0, 0, 1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo (aware) or without (naive)."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        date.__init__(self, year, month, day)
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour = fields[0]
        self._minute = fields[1]
        self._second = fields[2]
        self._microsecond = fields[3]
        self._tzinfo = tzinfo
        self._fold = fold

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def _from_epoch_us(cls, us, tz):
        """The datetime of epoch microseconds: local wall time for tz None, else tz's."""
        if tz is None:
            ms = Math.floor(us / 1000)
            parts = _pytk_dt_local_parts(ms)
            return cls(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6] * 1000 + (us - ms * 1000))
        utc = _EPOCH + timedelta(0, 0, us)
        return tz.fromutc(cls(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond, tz))

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return cls._from_epoch_us(_pytk_dt_now_us(), tz)

    @classmethod
    def today(cls):
        return cls._from_epoch_us(_pytk_dt_now_us(), None)

    @classmethod
    def utcnow(cls):
        return cls._from_epoch_us(_pytk_dt_now_us(), timezone.utc).replace(tzinfo=None)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_epoch_us(_round_half_even(t * 1000000), tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_epoch_us(_round_half_even(t * 1000000), timezone.utc).replace(tzinfo=None)

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(d).__name__)
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not " + type(t).__name__)
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond,
                   t.tzinfo if tzinfo is True else tzinfo, fold=t.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = _parse_iso_datetime(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: " + repr(text))
        return cls(parsed[0], parsed[1], parsed[2], parsed[3], parsed[4], parsed[5], parsed[6], parsed[7])

    @classmethod
    def strptime(cls, text, fmt):
        fields = _strptime(text, fmt)
        return cls(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7])

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return datetime(self._year if year is None else year, self._month if month is None else month,
                        self._day if day is None else day, self._hour if hour is None else hour,
                        self._minute if minute is None else minute, self._second if second is None else second,
                        self._microsecond if microsecond is None else microsecond,
                        self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, self)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_offset("dst", offset)
        return offset

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def _naive_microseconds(self):
        """Microseconds of the wall time since 1970-01-01 00:00 (ignoring tzinfo)."""
        days = self.toordinal() - _EPOCH_ORDINAL
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return (days * 86400 + seconds) * 1000000 + self._microsecond

    def _local_epoch_us(self):
        """Epoch microseconds of this naive datetime read as local time."""
        ms = _pytk_dt_local_ms(self._year, self._month, self._day, self._hour, self._minute, self._second)
        return ms * 1000 + self._microsecond

    def _epoch_us(self):
        offset = self.utcoffset()
        if offset is None:
            return self._local_epoch_us()
        return self._naive_microseconds() - offset._to_microseconds()

    def timestamp(self):
        """POSIX seconds (a naive datetime is read as local time)."""
        return self._epoch_us() / 1000000

    def astimezone(self, tz=None):
        if tz is None:
            ms = Math.floor(self._epoch_us() / 1000)
            minutes = _pytk_dt_local_parts(ms)[7]
            name = _pytk_dt_zone_name(ms)
            tz = timezone(timedelta(minutes=minutes), name) if name is not None else timezone(timedelta(minutes=minutes))
        _check_tzinfo(tz)
        if self._tzinfo is tz:
            return self
        return self._from_epoch_us(self._epoch_us(), tz)

    def isoformat(self, sep="T", timespec="auto"):
        return (date.isoformat(self) + sep
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        text = ("datetime.datetime(" + str(self._year) + ", " + str(self._month) + ", " + str(self._day) + ", "
                + str(self._hour) + ", " + str(self._minute))
        if self._second or self._microsecond:
            text += ", " + str(self._second)
        if self._microsecond:
            text += ", " + str(self._microsecond)
        if self._tzinfo is not None:
            text += ", tzinfo=" + repr(self._tzinfo)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def ctime(self):
        return _strftime(self, "%a %b %e %H:%M:%S %Y")

    def timetuple(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(),
                self.toordinal() - _ymd_to_ordinal(self._year, 1, 1) + 1, -1)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            raise TypeError("unsupported operand type(s) for +: 'datetime.datetime' and '"
                            + type(other).__name__ + "'")
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        total = timedelta(self.toordinal() + other.days, seconds + other.seconds, self._microsecond + other.microseconds)
        if not 1 <= total.days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        ymd = _ordinal_to_ymd(total.days)
        return datetime(ymd[0], ymd[1], ymd[2], total.seconds // 3600, (total.seconds // 60) % 60, total.seconds % 60,
                        total.microseconds, self._tzinfo)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(-other)
        if not isinstance(other, datetime):
            raise TypeError("unsupported operand type(s) for -: 'datetime.datetime' and '"
                            + type(other).__name__ + "'")
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        days = self.toordinal() - other.toordinal()
        seconds = (self._hour - other._hour) * 3600 + (self._minute - other._minute) * 60 + self._second - other._second
        difference = timedelta(days, seconds, self._microsecond - other._microsecond)
        if mine is not None and self._tzinfo is not other._tzinfo:
            difference = difference - mine + theirs
        return difference

    def _key(self):
        offset = self.utcoffset()
        moment = self if offset is None else self.replace(tzinfo=None) - offset
        return (moment.toordinal(), moment._hour, moment._minute, moment._second, moment._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            raise TypeError("'" + op + "' not supported between instances of 'datetime.datetime' and '"
                            + type(other).__name__ + "'")
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _compare_keys(self._key(), other._key())

    def __eq__(self, other):
        if not isinstance(other, datetime) or (self.utcoffset() is None) != (other.utcoffset() is None):
            return False
        return self._key() == other._key()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._compare(other, "<") < 0

    def __le__(self, other):
        return self._compare(other, "<=") <= 0

    def __gt__(self, other):
        return self._compare(other, ">") > 0

    def __ge__(self, other):
        return self._compare(other, ">=") >= 0

    def __hash__(self):
        return hash(self._key())


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(0, 0, 1)
_EPOCH = datetime(1970, 1, 1)
_EPOCH_ORDINAL = _ymd_to_ordinal(1970, 1, 1)


def _strftime(moment, fmt):
    """Format a date, datetime or time with the C locale's strftime directives."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(fmt).__name__)
    has_time = isinstance(moment, datetime)
    hour = moment.hour if has_time else 0
    minute = moment.minute if has_time else 0
    second = moment.second if has_time else 0
    microsecond = moment.microsecond if has_time else 0
    weekday = moment.weekday()
    day_of_year = moment.toordinal() - _ymd_to_ordinal(moment.year, 1, 1) + 1
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch != "%" or i + 1 >= len(fmt):
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        unpadded = False
        if code == "-" and i + 2 < len(fmt):
            unpadded = True
            code = fmt[i + 2]
            i += 1
        i += 2
        value = None
        width = 2
        if code == "Y":
            value = moment.year
            width = 4
        elif code == "m":
            value = moment.month
        elif code == "d":
            value = moment.day
        elif code == "e":
            out.append(str(moment.day) if unpadded or moment.day >= 10 else " " + str(moment.day))
            continue
        elif code == "H":
            value = hour
        elif code == "I":
            value = 12 if hour % 12 == 0 else hour % 12
        elif code == "M":
            value = minute
        elif code == "S":
            value = second
        elif code == "f":
            value = microsecond
            width = 6
        elif code == "j":
            value = day_of_year
            width = 3
        elif code == "y":
            value = moment.year % 100
        elif code == "w":
            value = (weekday + 1) % 7
            width = 1
        elif code == "u":
            value = weekday + 1
            width = 1
        elif code == "U":
            value = (day_of_year + 6 - (weekday + 1) % 7) // 7
        elif code == "W":
            value = (day_of_year + 6 - weekday) // 7
        elif code == "G":
            value = moment.isocalendar()[0]
            width = 4
        elif code == "V":
            value = moment.isocalendar()[1]
        elif code == "C":
            value = moment.year // 100
        elif code == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif code == "A":
            out.append(_DAY_NAMES[weekday])
        elif code == "b" or code == "h":
            out.append(_MONTH_NAMES[moment.month][:3])
        elif code == "B":
            out.append(_MONTH_NAMES[moment.month])
        elif code == "p":
            out.append("AM" if hour < 12 else "PM")
        elif code == "c":
            out.append(_strftime(moment, "%a %b %e %H:%M:%S %Y"))
        elif code == "x":
            out.append(_strftime(moment, "%m/%d/%y"))
        elif code == "X":
            out.append(_strftime(moment, "%H:%M:%S"))
        elif code == "D":
            out.append(_strftime(moment, "%m/%d/%y"))
        elif code == "F":
            out.append(_strftime(moment, "%Y-%m-%d"))
        elif code == "T":
            out.append(_strftime(moment, "%H:%M:%S"))
        elif code == "R":
            out.append(_strftime(moment, "%H:%M"))
        elif code == "z":
            offset = moment.utcoffset() if has_time else None
            out.append(_format_offset(offset, ""))
        elif code == "Z":
            name = moment.tzname() if has_time else None
            out.append("" if name is None else name)
        elif code == "n":
            out.append("\n")
        elif code == "t":
            out.append("\t")
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + code)
        if value is not None:
            out.append(str(value) if unpadded else _pad(value, width))
    return "".join(out)


def _digits(text, start, count):
    """The int of exactly count digits at start, or None."""
    if start + count > len(text):
        return None
    part = text[start:start + count]
    for ch in part:
        if not "0" <= ch <= "9":
            return None
    return int(part)


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www-D or YYYYWwwD, or None."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    rest = text[4:]
    extended = rest.startswith("-")
    if extended:
        rest = rest[1:]
    if rest.startswith("W"):
        week = _digits(rest, 1, 2)
        rest = rest[3:]
        day = 1
        if len(rest) > 0:
            if extended:
                if not rest.startswith("-"):
                    return None
                rest = rest[1:]
            day = _digits(rest, 0, 1)
            rest = rest[1:]
        if week is None or day is None or len(rest) != 0:
            return None
        return _from_iso_calendar(year, week, day)
    month = _digits(rest, 0, 2)
    rest = rest[2:]
    if extended:
        if not rest.startswith("-"):
            return None
        rest = rest[1:]
    day = _digits(rest, 0, 2)
    if month is None or day is None or len(rest) != 2:
        return None
    _check_date_fields(year, month, day)
    return (year, month, day)


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with an optional offset, or None."""
    zone = None
    cut = -1
    for index in range(len(text)):
        if text[index] in "+-Z":
            cut = index
            break
    if cut >= 0:
        zone_text = text[cut:]
        text = text[:cut]
        if zone_text == "Z":
            zone = timezone.utc
        else:
            sign = -1 if zone_text[0] == "-" else 1
            parts = _parse_clock(zone_text[1:])
            if parts is None:
                return None
            offset = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2], microseconds=parts[3])
            zone = timezone.utc if not offset else timezone(offset if sign > 0 else -offset)
    parts = _parse_clock(text)
    if parts is None:
        return None
    return (parts[0], parts[1], parts[2], parts[3], zone)


def _parse_clock(text):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]], or None."""
    hour = _digits(text, 0, 2)
    if hour is None:
        return None
    position = 2
    extended = len(text) > 2 and text[2] == ":"
    values = [hour, 0, 0]
    for slot in (1, 2):
        if position >= len(text) or text[position] in ".,":
            break
        if extended:
            if text[position] != ":":
                return None
            position += 1
        value = _digits(text, position, 2)
        if value is None:
            return None
        values[slot] = value
        position += 2
    microsecond = 0
    if position < len(text):
        if text[position] not in ".," or position + 1 >= len(text):
            return None
        fraction = text[position + 1:]
        if _digits(fraction, 0, len(fraction)) is None:
            return None
        microsecond = int((fraction + "000000")[:6])
    _check_time_fields(values[0], values[1], values[2], microsecond, 0)
    return (values[0], values[1], values[2], microsecond)


def _parse_iso_datetime(text):
    """The fields (year ... microsecond, tzinfo) of an ISO datetime, or None."""
    if len(text) < 7:
        return None
    date_length = len(text)
    if len(text) > 10:
        date_length = 10 if text[4] == "-" else 8
        if text[4] == "-" and text[5] == "W":
            date_length = 10 if len(text) > 9 and text[8] == "-" else 8
        elif text[4] != "-" and text[4] == "W":
            date_length = 8 if len(text) > 7 and "0" <= text[7] <= "9" else 7
    ymd = _parse_iso_date(text[:date_length])
    if ymd is None:
        return None
    if date_length == len(text):
        return (ymd[0], ymd[1], ymd[2], 0, 0, 0, 0, None)
    clock = _parse_iso_time(text[date_length + 1:])
    if clock is None:
        return None
    return (ymd[0], ymd[1], ymd[2], clock[0], clock[1], clock[2], clock[3], clock[4])


_STRPTIME_WIDTHS = {"Y": 4, "m": 2, "d": 2, "H": 2, "I": 2, "M": 2, "S": 2, "f": 6, "y": 2, "j": 3, "U": 2, "W": 2,
                    "w": 1, "u": 1, "G": 4, "V": 2}


def _strptime(text, fmt):
    """The datetime fields (year ... microsecond, tzinfo) that fmt reads from text."""
    if not isinstance(text, str):
        raise TypeError("strptime() argument 1 must be str, not " + type(text).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not " + type(fmt).__name__)
    mismatch = ValueError("time data " + repr(text) + " does not match format " + repr(fmt))
    found = {}
    position = 0
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            code = fmt[i + 1]
            i += 2
            if code == "%":
                if position >= len(text) or text[position] != "%":
                    raise mismatch
                position += 1
            elif code in _STRPTIME_WIDTHS:
                width = _STRPTIME_WIDTHS[code]
                end = position
                while end < len(text) and end - position < width and "0" <= text[end] <= "9":
                    end += 1
                if end == position or (code == "Y" and end - position != 4) or (code == "y" and end - position != 2):
                    raise mismatch
                found[code] = text[position:end]
                position = end
            elif code in "aAbBhp":
                names = {"a": [n[:3] for n in _DAY_NAMES], "A": _DAY_NAMES, "b": [n[:3] for n in _MONTH_NAMES[1:]],
                         "h": [n[:3] for n in _MONTH_NAMES[1:]], "B": _MONTH_NAMES[1:], "p": ["AM", "PM"]}[code]
                matched = -1
                for index in range(len(names)):
                    name = names[index]
                    if text[position:position + len(name)].lower() == name.lower():
                        if matched < 0 or len(name) > len(names[matched]):
                            matched = index
                if matched < 0:
                    raise mismatch
                found[code] = matched
                position += len(names[matched])
            elif code == "z":
                zone = _strptime_offset(text, position)
                if zone is None:
                    raise mismatch
                found["z"] = zone[0]
                position = zone[1]
            elif code == "Z":
                matched = None
                for name in ("UTC", "GMT"):
                    if text[position:position + 3].upper() == name:
                        matched = name
                if matched is None:
                    raise mismatch
                position += 3
            else:
                raise ValueError("'" + code + "' is a bad directive in format '" + fmt + "'")
        elif ch.isspace():
            i += 1
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            if position >= len(text) or not text[position].isspace():
                raise mismatch
            while position < len(text) and text[position].isspace():
                position += 1
        else:
            if position >= len(text) or text[position].lower() != ch.lower():
                raise mismatch
            position += 1
            i += 1
    if position < len(text):
        raise ValueError("unconverted data remains: " + text[position:])
    year = 1900
    if "Y" in found:
        year = int(found["Y"])
    elif "y" in found:
        short = int(found["y"])
        year = 2000 + short if short <= 68 else 1900 + short
    month = int(found["m"]) if "m" in found else (found["b"] + 1 if "b" in found else
                                                     (found["B"] + 1 if "B" in found else
                                                      (found["h"] + 1 if "h" in found else 1)))
    day = int(found["d"]) if "d" in found else 1
    hour = int(found["H"]) if "H" in found else 0
    if "I" in found:
        hour = int(found["I"]) % 12
        if found.get("p") == 1:
            hour += 12
    minute = int(found["M"]) if "M" in found else 0
    second = int(found["S"]) if "S" in found else 0
    microsecond = int((found["f"] + "000000")[:6]) if "f" in found else 0
    if "j" in found and "m" not in found and "d" not in found:
        ordinal = _ymd_to_ordinal(year, 1, 1) + int(found["j"]) - 1
        ymd = _ordinal_to_ymd(ordinal)
        month = ymd[1]
        day = ymd[2]
    if not 1 <= month <= 12 or not 1 <= day <= _days_in_month(year, month) or hour > 23 or minute > 59 or second > 61:
        if "d" in found and 1 <= month <= 12 and day > _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        raise mismatch
    return (year, month, day, hour, minute, second, microsecond, found.get("z"))


def _strptime_offset(text, position):
    """(tzinfo, end) of a %z field (Z, +HHMM, +HH:MM, with optional seconds) at position, or None."""
    if position < len(text) and text[position] == "Z":
        return (timezone.utc, position + 1)
    if position >= len(text) or text[position] not in "+-":
        return None
    sign = -1 if text[position] == "-" else 1
    end = position + 1
    while end < len(text) and (text[end] in ":." or "0" <= text[end] <= "9"):
        end += 1
    body = text[position + 1:end].replace(":", "")
    if len(body) < 4:
        return None
    hours = int(body[:2])
    minutes = int(body[2:4])
    seconds = int(body[4:6]) if len(body) >= 6 else 0
    offset = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return (timezone(offset if sign > 0 else -offset), end)
