"""Converting large and fractional floats to int truncates toward zero."""
print(int(1e18), int(-1e18), int(2.9999), int(-0.5))
print(int(1e20), int(123456789.99))
print(float(10 ** 18), float(2 ** 63))
for value in (0.99, -0.99, 1e10 + 0.5, -2.5):
    print(value, int(value), round(value))
