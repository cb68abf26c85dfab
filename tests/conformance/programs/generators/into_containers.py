"""Generators turned into lists, tuples, sets, dicts and strings."""
def pairs():
    yield "a", 1
    yield "b", 2
print(list(pairs()), tuple(pairs()), dict(pairs()))
print(sorted(set(x % 3 for x in range(10))), "".join(k for k, _ in pairs()))
print(max(v for _, v in pairs()), min((v for v in []), default=None))
