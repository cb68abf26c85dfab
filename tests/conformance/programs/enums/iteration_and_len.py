"""Iterating an Enum class gives members in definition order."""
from enum import Enum
class Weekday(Enum):
    MON = "monday"
    TUE = "tuesday"
    WED = "wednesday"
print(list(Weekday), len(Weekday))
for day in Weekday:
    print(day.name, day.value)
print([d.name for d in Weekday if d.value.startswith("t")])
