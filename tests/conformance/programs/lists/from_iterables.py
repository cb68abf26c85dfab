"""Building lists from ranges, strings, dicts and generators."""
print(list(range(5)), list(range(3, 0, -1)), list("abc"), list({"a": 1, "b": 2}))
print(list(x * 2 for x in range(3)), list((1, 2)), list(), list(map(abs, [-1, -2])))
source = {"x": 1, "y": 2}
print(list(source.values()), list(source.items()), list(zip("ab", "cd")))
print(list(enumerate("hi")), list(reversed("ab")))
