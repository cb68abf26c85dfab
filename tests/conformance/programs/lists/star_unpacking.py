"""Starred expressions inside list literals."""
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 9], [*"hi", *range(2)], [*a])
merged = [*a, *[x * 10 for x in a]]
print(merged, len(merged))
