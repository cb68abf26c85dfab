"""iter() and next() on builtin containers."""
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
s = iter("xy")
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print("exhausted")
