"""IntEnum and StrEnum members behave like their values."""
from enum import IntEnum, StrEnum, auto
class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40
class Color(StrEnum):
    RED = auto()
    DARK_BLUE = auto()
    OTHER = "other"
print(Level.INFO, repr(Level.ERROR), Level.INFO > Level.DEBUG, Level.ERROR - Level.INFO, Level(20) is Level.INFO)
print(Level.DEBUG * 2, int(Level.ERROR), f"{Level.INFO:>5}", "%d" % Level.INFO, [1, 2, 3][Level.DEBUG // 10])
print(max(Level.DEBUG, Level.ERROR), Level.INFO < 30, isinstance(Level.INFO, int), Level.INFO.name)
print(Color.RED, repr(Color.DARK_BLUE), Color.OTHER.upper(), Color("red") is Color.RED, len(Color.OTHER))
print(isinstance(Color.RED, str), Color.DARK_BLUE.value, [c.value for c in Color])
