"""field(default_factory=...) gives each instance its own value."""
from dataclasses import dataclass, field
@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
a, b = Basket("a"), Basket("b")
a.items.append("apple")
a.tags["x"] = 1
print(a, b, a.items is b.items)
