"""vars() on a class instance and isinstance checks on classes."""
class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(vars(p), isinstance(P, type), type(P).__name__, type(type).__name__)
