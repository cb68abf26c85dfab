"""zip builds tuples; zip(*pairs) unzips them."""
names = ["a", "b", "c"]
ages = [1, 2, 3]
pairs = list(zip(names, ages))
print(pairs)
n, a = zip(*pairs)
print(n, a)
print(dict(pairs), list(zip(*[(1, 2, 3), (4, 5, 6)])))
