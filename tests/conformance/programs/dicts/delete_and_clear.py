"""del and clear on dicts."""
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
alias = d
d.clear()
print(d, alias, len(alias))
