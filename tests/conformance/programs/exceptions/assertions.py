"""assert raises AssertionError with an optional message."""
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance
    return balance - amount
print(withdraw(10, 3))
for amount in (-1, 50):
    try:
        withdraw(10, amount)
    except AssertionError as error:
        print("AssertionError:", repr(str(error)))
