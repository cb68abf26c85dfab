"""Functions stored in dicts and passed as arguments."""
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for symbol in ("+", "-", "*"):
    print(symbol, ops[symbol](7, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.strip, "  x  "))
