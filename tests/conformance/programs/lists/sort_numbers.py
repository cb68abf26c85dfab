"""Sorting numbers sorts numerically, not as text."""
xs = [10, 9, 2, 33, 1, 100, -5, 0.5]
xs.sort()
print(xs)
print(sorted([3, 1, 2], reverse=True), sorted([1e10, 2, 1e-3]))
print(sorted([-1, -10, 5, -2]), min([10, 9, 100]), max([10, 9, 100]))
