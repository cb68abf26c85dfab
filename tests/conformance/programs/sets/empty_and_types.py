"""set() is the empty set; {} is an empty dict."""
print(type(set()).__name__, type({}).__name__, len(set()), bool(set()), bool({0}))
print(set() == set(), set() == frozenset(), repr(set()))
print(sorted(set("hello")), sorted(set([3, 3, 1])), sorted(set(range(3))))
letters = set()
for ch in "banana":
    letters.add(ch)
print(sorted(letters), len(letters))
