"""frozen=True forbids assignment and makes instances hashable."""
from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.5, 2.5)
try:
    c.lat = 0.0
except FrozenInstanceError as error:
    print("FrozenInstanceError:", error)
places = {Coord(1.5, 2.5): "home"}
print(places[Coord(1.5, 2.5)], c, len({c, Coord(1.5, 2.5)}))
