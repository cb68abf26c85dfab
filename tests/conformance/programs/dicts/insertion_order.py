"""Iteration follows insertion order; updating keeps position, reinserting moves to the end."""
d = {}
for k in ["b", "a", "c"]:
    d[k] = len(d)
print(list(d))
d["b"] = 99
print(d)
del d["b"]
d["b"] = 100
print(d)
d2 = {3: "c", 1: "a", 2: "b"}
print(list(d2), d2)
