"""setdefault returns the existing value or inserts the default."""
d = {}
print(d.setdefault("a", 1), d.setdefault("a", 2), d)
groups = {}
for word in ["ant", "bee", "ape", "bat", "cow"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(d.setdefault("n"), d)
