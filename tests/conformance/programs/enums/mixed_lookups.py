"""Mixed-in enums compare with plain values from either side; lookups by name and value fail as in CPython."""
from enum import Enum, IntEnum
class Level(IntEnum):
    LOW = 1
    HIGH = 5
class Color(str, Enum):
    RED = "red"
    BLUE = "blue"
class Plain(Enum):
    A = 1
print(Level.LOW == 1, 1 == Level.LOW, 5 != Level.HIGH, Level.HIGH in [5], Level.LOW == 1.0, Plain.A == 1, 1 == Plain.A)
print(Color.RED == "red", "red" == Color.RED, "blue" != Color.BLUE, Color.RED in ["red"])
print(Level["HIGH"], Color["BLUE"], Level(5), Color("red"))
for label, attempt in [("name", lambda: Level["MEDIUM"]), ("value", lambda: Level(3)), ("str name", lambda: Color["red"]),
                       ("str value", lambda: Color("green"))]:
    try:
        print(label, attempt())
    except (KeyError, ValueError) as error:
        print(label, type(error).__name__, error)
