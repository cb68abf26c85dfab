"""functools.total_ordering and cmp_to_key."""
from functools import total_ordering, cmp_to_key
@total_ordering
class Size:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Size(1) <= Size(2), Size(3) >= Size(3), Size(4) > Size(2))
def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
print(sorted(["bb", "a", "cc", "aa", "c"], key=cmp_to_key(by_length_then_reverse)))
