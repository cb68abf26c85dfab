"""Unpacking works on any iterable: strings, generators, dicts, sets of one."""
a, b, c = "xyz"
print(a, b, c)
first, second = (n * 10 for n in range(2))
print(first, second)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
(only,) = {"single"}
print(only)
