"""Enums with methods and properties."""
from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)
    def describe(self):
        return f"{self.name.title()}: g={self.gravity:.2f}"
for p in Planet:
    print(p.describe())
