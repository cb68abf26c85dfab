"""collections.defaultdict with list, int and a lambda."""
from collections import defaultdict
groups = defaultdict(list)
for name in ["amy", "bob", "al", "cat", "ben"]:
    groups[name[0]].append(name)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(dict(counts))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
print({k: dict(v) for k, v in nested.items()})
