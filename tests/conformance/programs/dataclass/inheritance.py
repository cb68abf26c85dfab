"""A dataclass inheriting fields from a dataclass base."""
from dataclasses import dataclass
@dataclass
class Base:
    id: int
    name: str = "unnamed"
@dataclass
class Employee(Base):
    salary: int = 0
e = Employee(1, "Ann", 100)
print(e, Employee(2), isinstance(e, Base))
