"""Converting to and from tuples."""
print(tuple([1, 2]), tuple("ab"), list((1, 2)), tuple(x * x for x in range(3)))
print(tuple({"a": 1}), tuple(range(0)), tuple(reversed((1, 2, 3))))
pairs = tuple(zip("ab", (1, 2)))
print(pairs, tuple(sorted((3, 1, 2))), tuple(map(str, (1, 2))))
print(list(tuple([[1]]))[0], tuple("") == ())
