"""datetime.timedelta normalisation, str and total_seconds."""
from datetime import timedelta
t = timedelta(days=1, hours=2, minutes=3, seconds=4)
print(t, t.total_seconds(), t.days, t.seconds)
print(timedelta(minutes=90), timedelta(seconds=-1), timedelta(hours=25) // timedelta(hours=1))
print(timedelta(weeks=1) - timedelta(days=1), timedelta(0) == timedelta(), abs(timedelta(days=-2)))
