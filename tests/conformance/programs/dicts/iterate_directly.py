"""Iterating a dict itself yields its keys."""
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print(key, d[key])
print(list(d), sorted(d), [k for k in d], len(d), max(d), "".join(d))
a, b, c = d
print(a, b, c)
