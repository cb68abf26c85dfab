"""isinstance with builtin types and tuples of types."""
values = [1, 1.0, "1", [1], (1,), {1: 1}, {1}, None, True, b"1"]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, (str, bytes)),
          isinstance(v, float), isinstance(v, dict))
