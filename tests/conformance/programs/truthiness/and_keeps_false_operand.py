"""`and` gives its first false operand itself (an empty container, 0.0, None), evaluated once."""
print([] or "default", 0 and 5, "a" and "b", None or 0 or [], "" or None)
print(1 and [] and 3, [1] or 2, 0 or 0.0, {} and "x", "x" or "y")
print(0.0 and 1, 1 and 0.0, [] and g(9), (1 and 2) and [] , 1 and (0 or []) and 3)
def g(v):
    print("g", v)
    return v
r = g(1) and g([]) and g(3)
print(r)
print([x for x in range(5) if x and x % 2], not ([] and 1))
if [] and 1:
    print("no")
print(set() and 1, () and 2, "" and 3, None and 4, False and 5)
