"""slice objects used for indexing."""
s = slice(1, 5, 2)
xs = list(range(10))
print(xs[s], "abcdefg"[s], s.start, s.stop, s.step, xs[slice(3)], xs[slice(-2, None)])
print(s, slice(None, None, -1).indices(5))
