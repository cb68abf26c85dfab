"""list, dict, set, tuple constructors from various iterables."""
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(2)))
print(dict([(1, 2)]), dict(a=1), dict({"x": 0}.items()))
print(sorted(set([3, 1, 3])), tuple([1]), tuple("hi"), list(), dict(), tuple(), len(set()))
pairs = [("a", 1), ("b", 2)]
print(dict(pairs) == {"a": 1, "b": 2}, list(dict(pairs).items()) == pairs)
