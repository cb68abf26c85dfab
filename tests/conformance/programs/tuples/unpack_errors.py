"""Unpacking the wrong number of values raises ValueError."""
try:
    a, b = [1, 2, 3]
except ValueError as error:
    print("ValueError:", error)
try:
    a, b, c = [1, 2]
except ValueError as error:
    print("ValueError:", error)
try:
    x, *y, z = [1]
except ValueError as error:
    print("ValueError:", error)
