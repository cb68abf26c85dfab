"""field(repr=False) and field(compare=False)."""
from dataclasses import dataclass, field
@dataclass
class User:
    name: str
    password: str = field(repr=False)
    visits: int = field(default=0, compare=False)
a = User("ann", "secret", 3)
b = User("ann", "secret", 9)
print(a, a == b, User("ann", "other") == a)
