"""__post_init__ computes fields declared with init=False."""
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.price * self.qty
print(Item("pen", 1.5, 4))
print(Item("cup", 3.0).total)
