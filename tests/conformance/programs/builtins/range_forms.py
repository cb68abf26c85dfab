"""range with steps, negatives, indexing, len, membership and repr."""
r = range(10, -5, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], 4 in r, 5 in r)
print(range(5), range(1, 5), range(0, 10, 2), list(range(-3)), list(range(0, 1, 5)))
print(list(reversed(range(1, 4))), range(3) == range(0, 3), sum(range(101)))
try:
    range(1, 5, 0)
except ValueError as error:
    print("ValueError:", error)
