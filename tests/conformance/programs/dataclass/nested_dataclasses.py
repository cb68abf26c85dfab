"""Dataclasses holding other dataclasses and lists of them."""
from dataclasses import dataclass, field
@dataclass
class Line:
    product: str
    qty: int
@dataclass
class Order:
    id: int
    lines: list = field(default_factory=list)
    def total_qty(self):
        return sum(line.qty for line in self.lines)
o = Order(7, [Line("pen", 2), Line("pad", 1)])
o.lines.append(Line("ink", 3))
print(o)
print(o.total_qty(), o.lines[-1].product)
