"""Properties with getters, setters validating input, and deleters."""
class Account:
    def __init__(self, balance):
        self._balance = 0
        self.balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value
    @property
    def summary(self):
        return f"balance={self._balance}"
a = Account(10)
a.balance += 5
print(a.balance, a.summary)
try:
    a.balance = -1
except ValueError as error:
    print("ValueError:", error)
try:
    a.summary = "x"
except AttributeError:
    print("AttributeError: read-only")
