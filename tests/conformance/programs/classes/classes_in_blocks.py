"""Classes defined inside module-level if/try/for blocks behave as top-level ones."""
try:
    raise ImportError("no native version here")
except ImportError:
    class Fallback:
        """Used when the real one is missing."""
        kind = "fallback"
        def describe(self):
            return f"{type(self).__name__}:{self.kind}"
if Fallback.kind == "fallback":
    class Chosen(Fallback):
        kind = "chosen"
else:
    class Chosen:
        kind = "other"
made = []
for label in ("a", "b"):
    class Tagged:
        tag = label
    made.append(Tagged)
print(Fallback().describe(), Chosen().describe(), issubclass(Chosen, Fallback), [c.tag for c in made])
print(made[0] is made[1], Fallback.__name__, Chosen.__mro__[1].__name__)
