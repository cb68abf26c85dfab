"""Sorting values that cannot be compared raises TypeError."""
try:
    sorted([1, "a", 2])
except TypeError as error:
    print("TypeError:", error)
try:
    [3, None].sort()
except TypeError as error:
    print("TypeError:", error)
print(sorted([1, 2.5, True]))
