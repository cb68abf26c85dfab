"""{**a, **b}, a | b and |= merge dicts, the right side winning."""
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, {**a, "w": 0})
print(a | b, b | a)
a |= {"q": 9}
print(a)
