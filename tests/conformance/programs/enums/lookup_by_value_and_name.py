"""Looking members up by value and by name; a bad value raises ValueError."""
from enum import Enum
class Status(Enum):
    OK = 200
    NOT_FOUND = 404
print(Status(200), Status["NOT_FOUND"], Status(404) is Status.NOT_FOUND)
try:
    Status(500)
except ValueError as error:
    print("ValueError:", error)
try:
    Status["TEAPOT"]
except KeyError as error:
    print("KeyError:", error)
