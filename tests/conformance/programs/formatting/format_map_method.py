"""str.format_map with a dict and a dict subclass providing defaults."""
class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("{a}-{missing}".format_map(Defaults(a=1)))
