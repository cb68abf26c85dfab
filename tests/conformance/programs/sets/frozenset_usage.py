"""frozensets are hashable: dict keys and members of sets."""
f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1])
print(f == g, hash(f) == hash(g), len({f, g}), 2 in f)
lookup = {frozenset(["a", "b"]): "pair"}
print(lookup[frozenset(["b", "a"])])
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__)
try:
    f.add(4)
except AttributeError as error:
    print("AttributeError:", error)
