"""A class's __eq__ decides comparisons with ints and strs on either side; NotImplemented falls back to identity."""
class Meters:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.n == other.n
        if isinstance(other, (int, float)):
            return self.n == other
        return NotImplemented
m = Meters(3)
print(m == 3, 3 == m, m != 4, 4 != m, m == "3", "3" == m, m == Meters(3), m == None)
print(m in [1, 3], 3 in [m], "3" in [m], [m] == [3], (3,) == (m,), NotImplemented, repr(NotImplemented))
