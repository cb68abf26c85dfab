"""__contains__ customises the in operator."""
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, value):
        return self.lo <= value < self.hi
r = Range(1, 5)
print(3 in r, 5 in r, 0 not in r, 4.5 in r)
