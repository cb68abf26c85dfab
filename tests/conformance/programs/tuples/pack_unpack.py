"""Tuple packing and unpacking, swaps and nested targets."""
t = 1, 2, 3
a, b, c = t
print(t, a, b, c)
a, b = b, a
print(a, b)
(x, (y, z)) = (1, (2, 3))
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
