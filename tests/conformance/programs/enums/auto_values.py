"""auto() numbers members from 1."""
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
print([(s.name, s.value) for s in State])
