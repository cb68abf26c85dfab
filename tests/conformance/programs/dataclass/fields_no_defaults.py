"""A dataclass whose fields have no defaults: init and repr."""
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
p = Point(1, 2)
print(p, p.x, p.y)
q = Point(y=5, x=4)
print(q, repr(q), [p, q])
