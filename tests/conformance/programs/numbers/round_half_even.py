"""round() rounds halves to even and returns an int without ndigits."""
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(3.14159, 3), round(1234.5678, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(7), round(-3.7), round(3.7))
