"""An exception raised while handling another records it as __context__."""
try:
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as error:
    print(error, type(error.__context__).__name__, error.__cause__)
