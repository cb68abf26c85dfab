"""collections.namedtuple: fields, repr, _replace and _asdict."""
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), p._replace(x=9), p._asdict(), Point._fields)
x, y = p
print(x + y, len(p), sorted([Point(2, 1), Point(1, 5)]))
