"""copy() is shallow; dict(d) is a new dict."""
d = {"a": [1], "b": 2}
c = d.copy()
c["b"] = 20
c["a"].append(2)
print(d, c)
e = dict(d)
e["new"] = True
print("new" in d, "new" in e, e is d)
