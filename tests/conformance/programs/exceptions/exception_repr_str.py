"""str and repr of builtin exceptions."""
errors = [ValueError("x"), KeyError("k"), IndexError(), TypeError("a", "b"), ZeroDivisionError("z"),
          RuntimeError(3), Exception("plain")]
for e in errors:
    print(repr(e), "|", str(e), "|", e.args)
