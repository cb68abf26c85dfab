"""Enums made by calling Enum, and _missing_ for unknown values."""
from enum import Enum
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal["ANT"])
Status = Enum("Status", [("OK", 200), ("GONE", 410)])
print(Status(410), Status.OK.value, len(list(Status)))
Mood = Enum("Mood", {"HAPPY": ":)", "SAD": ":("})
print(Mood.SAD.value, [m.name for m in Mood])
class Size(Enum):
    SMALL = "s"
    LARGE = "l"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None
print(Size("L"), Size("s"))
try:
    Size("xl")
except ValueError as error:
    print("ValueError:", error)
