"""Positional-only parameters before /."""
def power(base, exp=2, /):
    return base ** exp
print(power(3), power(2, 10))
try:
    power(base=2)
except TypeError as error:
    print("TypeError:", error)
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
