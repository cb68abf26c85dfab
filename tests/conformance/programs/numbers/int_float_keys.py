"""Equal numbers are equal keys: 1, 1.0 and True."""
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, 2, 2.0}
print(len(s), 2.0 in {2}, hash(1) == hash(1.0))
