"""IntEnum members compare and compute like ints."""
from enum import IntEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 2, Priority.LOW + 1, sorted([3, Priority.LOW, 2]))
print(Priority(2), repr(Priority(3)), Priority.HIGH.name, int(Priority.MEDIUM), str(Priority.LOW))
