"""Class patterns with keyword and positional sub-patterns."""
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("radius",)
    def __init__(self, radius):
        self.radius = radius
def where(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(r) if r > 10:
            return "big circle"
        case Circle(radius=r):
            return f"circle {r}"
        case _:
            return "somewhere"
print([where(s) for s in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(20), Circle(2))])
