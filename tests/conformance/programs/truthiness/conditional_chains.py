"""Conditional expressions chained and nested."""
def describe(n):
    return "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"
print([describe(n) for n in (-5, 0, 3, 99)])
x = None
print(x if x is not None else "unset", (x or 0) + 1)
