"""keys, values and items views, and that views follow the dict."""
d = {"x": 1, "y": 2}
keys = d.keys()
d["z"] = 3
print(list(keys), list(d.values()), list(d.items()), len(keys))
print("x" in keys, 2 in d.values(), ("y", 2) in d.items())
for k, v in d.items():
    print(k, v)
