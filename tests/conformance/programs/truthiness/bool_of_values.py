"""bool() of builtin values."""
values = [0, 1, -1, 0.0, 0.1, "", " ", "0", "False", [], [0], (), (None,), {}, {"": 0},
          set(), None, True, False, range(0), range(1)]
print([bool(v) for v in values])
for value in values[:6]:
    print(repr(value), "truthy" if value else "falsy")
