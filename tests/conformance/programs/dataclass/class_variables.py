"""ClassVar annotations are not dataclass fields."""
from dataclasses import dataclass
from typing import ClassVar
@dataclass
class Counter:
    instances: ClassVar[int] = 0
    name: str = "c"
    def __post_init__(self):
        Counter.instances += 1
Counter()
Counter("d")
print(Counter.instances, Counter("e"), Counter.instances)
