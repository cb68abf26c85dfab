"""Context managers: __enter__/__exit__ order and suppressing an exception."""
class Managed:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
with Managed("a") as m, Managed("b"):
    print("body", m.name)
with Managed("quiet", suppress=True):
    raise ValueError("swallowed")
try:
    with Managed("loud"):
        raise KeyError("k")
except KeyError:
    print("propagated")
