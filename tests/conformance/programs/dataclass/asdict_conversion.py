"""asdict and astuple convert recursively."""
from dataclasses import dataclass, asdict, astuple
@dataclass
class Address:
    city: str
    zip: str
@dataclass
class Person:
    name: str
    address: Address
    tags: list
p = Person("Ann", Address("Oslo", "0150"), ["a", "b"])
print(asdict(p))
print(astuple(p))
