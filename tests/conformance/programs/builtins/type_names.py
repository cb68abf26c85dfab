"""type(x).__name__ for builtin values."""
values = [1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, print,
          lambda: 0, iter([]), (x for x in [])]
print([type(v).__name__ for v in values])
class Custom:
    pass
print(type(Custom()).__name__, type(Custom).__name__, type(3) is int, type(True) is bool)
