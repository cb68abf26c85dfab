"""Tuple methods, slicing, concatenation and the one-element repr."""
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), len(t), t[1:3], t[::-1], t + (9,), t * 2)
print((1,), (), tuple(), (1, 2)[0], type((1,)).__name__, type((1)).__name__)
print(repr(("a", None)), str((("x",),)))
