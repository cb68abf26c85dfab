"""__str__ and __repr__: print uses str, containers use repr."""
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, "two")
print(p)
print(str(p), repr(p), [p], {"p": p}, (p,))
print(f"{p} {p!r}", "%s %r" % (p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
