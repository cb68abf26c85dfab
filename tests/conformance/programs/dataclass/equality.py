"""Dataclasses compare by their fields."""
from dataclasses import dataclass
@dataclass
class Money:
    amount: int
    currency: str = "EUR"
print(Money(5) == Money(5), Money(5) == Money(5, "USD"), Money(5) != Money(6))
print(Money(1) in [Money(2), Money(1)], [Money(1)] == [Money(1)], Money(5) == (5, "EUR"))
