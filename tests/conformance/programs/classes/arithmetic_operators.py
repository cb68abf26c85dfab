"""__add__, __sub__, __mul__, __radd__, __neg__ and __iadd__."""
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        return self if other == 0 else self + other
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a, sum([a, b, a]))
c = a
c += b
print(c, a, c is a)
