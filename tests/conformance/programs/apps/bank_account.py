"""Bank accounts with custom exceptions and a transfer that is all-or-nothing."""
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.log.append(("withdraw", amount))
def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except ValueError:
        src.deposit(amount)
        raise
a, b = Account("ann", 100), Account("bo")
transfer(a, b, 30)
for amount in (500, -5):
    try:
        transfer(a, b, amount)
    except InsufficientFunds as e:
        print("refused:", e, e.needed - e.available)
    except ValueError as e:
        print("refused:", e)
print(a.balance, b.balance, a.log, b.log)
