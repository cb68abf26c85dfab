"""Lambdas as keys, immediate calls and default-bound loop variables."""
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print((lambda x, y=10: x + y)(5), (lambda *a: len(a))(1, 2, 3))
funcs = [lambda i=i: i * i for i in range(4)]
print([f() for f in funcs])
print(list(map(lambda s: s.upper(), ["a", "b"])))
