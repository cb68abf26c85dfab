"""abs() and sign handling on ints and floats."""
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0))
def sign(x):
    return (x > 0) - (x < 0)
print([sign(v) for v in (-3, 0, 7, -0.5)])
print(-(-3), +(-3), -0, -(0.0))
