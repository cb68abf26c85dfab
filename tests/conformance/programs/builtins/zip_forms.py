"""zip with one, two and three iterables, and strict mode."""
print(list(zip("abc")), list(zip([1, 2], [3, 4], [5, 6])), list(zip({"a": 1, "b": 2}, "xy")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as error:
    print("ValueError:", error)
