"""!r, !s and !a conversions in f-strings."""
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2)
s = "it's"
print(f"{s!r} {s!s} {p} {p!r} {p!s} {'é'!a}")
print(f"{[s]} {s!r:>10}|")
