"""Tuples refuse item assignment but may hold mutable items."""
t = (1, [2, 3])
try:
    t[0] = 9
except TypeError as error:
    print("TypeError:", error)
t[1].append(4)
print(t)
try:
    del t[0]
except TypeError as error:
    print("TypeError:", error)
