"""Defining __eq__ gives != for free; NotImplemented falls back to identity."""
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
a, b = Money(100), Money(100)
print(a == b, a != b, a != Money(5), a == 100, a != "x")
print([Money(1)] == [Money(1)], Money(1) in [Money(2), Money(1)])
