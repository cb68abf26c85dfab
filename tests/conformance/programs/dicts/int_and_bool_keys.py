"""Integer keys are distinct from string keys; True and 1 are the same key."""
d = {1: "int", "1": "str"}
print(d, d[1], d["1"])
d[True] = "bool"
print(d, len(d))
e = {0: "zero", -1: "minus", 10: "ten"}
print(e, sorted(e), e[-1])
