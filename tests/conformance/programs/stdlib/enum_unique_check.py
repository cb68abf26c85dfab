"""enum.unique rejects duplicate values; aliases otherwise share a member."""
from enum import Enum, unique
class Shade(Enum):
    DARK = 1
    BLACK = 1
    LIGHT = 2
print(Shade.BLACK is Shade.DARK, Shade.BLACK.name, list(Shade))
try:
    @unique
    class Strict(Enum):
        A = 1
        B = 1
except ValueError as error:
    print("ValueError:", error)
