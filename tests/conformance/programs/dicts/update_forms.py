"""update from a dict, keyword arguments and pairs."""
d = {"a": 1}
d.update({"b": 2})
d.update(c=3)
d.update([("d", 4), ("a", 0)])
d.update({"e": 5}, f=6)
print(d)
