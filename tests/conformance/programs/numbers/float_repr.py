"""repr of floats: shortest round-trip form, exponents, integral floats."""
print(1.0, 0.1 + 0.2, 1e20, 1e16, 1e15, 1.5e-7)
print(123456789.123, 2.0 * 3, 10 / 4, 10 / 5, -0.0)
print(1e22, 1e-5, 0.0001, 100.0, 3.0e0)
print(repr(0.1), str(0.3), [0.5, 2.0, 1e100])
print(float(7), 1 / 3, 2 / 3)
