"""Instances with __call__ behave like functions."""
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value):
        self.calls += 1
        return value * self.factor
triple = Multiplier(3)
print(triple(4), list(map(triple, [1, 2])), triple.calls, callable(triple), callable(3))
