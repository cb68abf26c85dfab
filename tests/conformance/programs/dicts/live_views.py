"""Dict views follow later changes of the dict: len, in, iteration, ==, set operators, list, tuple, repr."""
d = {"x": 1, "y": 2}
keys, values, items = d.keys(), d.values(), d.items()
d["z"] = 3
d["x"] = 10
print(list(keys), list(values), list(items), len(keys), len(values), len(items))
print("z" in keys, 10 in values, ("z", 3) in items, keys, values, items)
del d["y"]
print(sorted(keys), [k for k in keys], keys == {"x", "z"}, keys & {"x"}, sorted(keys | {"q"}), keys - {"x"}, sorted(keys ^ {"x", "w"}))
d.clear()
print(list(keys), len(items), bool(keys), tuple(values), set(items))
d.update(a=1)
for k, v in items:
    print(k, v)
print(max(keys), sum(values), list(reversed(list(keys))), ", ".join(keys), any(values), list(enumerate(keys)))
d.pop("a")
d.setdefault("b", [])
print(keys, values, str(items), repr(keys))
