"""Mixing ints and floats, and the type of the result."""
values = [1 + 2.0, 3 * 1.5, 2 ** 0.5, 7 - 7.0, 5 * 2, 9 // 2.0]
for v in values:
    print(v, type(v).__name__)
print(1 == 1.0, 2 == 2.000001, 0.1 * 3 == 0.3)
