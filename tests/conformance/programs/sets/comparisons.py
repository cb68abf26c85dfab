"""Subset and superset comparisons between sets."""
a, b = {1, 2}, {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({5}), a.isdisjoint(b))
print({1} < {2}, {1} > {2})
