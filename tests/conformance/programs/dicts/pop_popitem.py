"""pop with and without a default, popitem's LIFO order, and KeyError."""
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("z", "none"), d)
print(d.popitem(), d)
try:
    d.pop("zz")
except KeyError as error:
    print("KeyError:", error)
d.popitem()
try:
    d.popitem()
except KeyError as error:
    print("KeyError:", error)
