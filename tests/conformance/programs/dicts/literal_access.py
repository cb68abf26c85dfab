"""Dict literals, indexing, get, len and in."""
d = {"a": 1, "b": 2, "c": None}
print(d["a"], d.get("b"), d.get("z"), d.get("z", 0), d.get("c", "default"))
print(len(d), "a" in d, "z" in d, "z" not in d, 1 in d)
d["d"] = 4
d["a"] += 10
print(d)
