"""Enum members: name, value, str and repr."""
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(type(Color.RED).__name__, isinstance(Color.RED, Color), f"{Color.RED.name.lower()}")
