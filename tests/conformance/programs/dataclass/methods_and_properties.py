"""Dataclasses with methods and properties."""
from dataclasses import dataclass
@dataclass
class Rect:
    w: float
    h: float
    @property
    def area(self):
        return self.w * self.h
    def scaled(self, k):
        return Rect(self.w * k, self.h * k)
r = Rect(2, 3)
print(r.area, r.scaled(2), r.scaled(0.5).area)
