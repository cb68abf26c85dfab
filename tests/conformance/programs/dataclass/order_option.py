"""order=True compares dataclasses as tuples of their fields."""
from dataclasses import dataclass
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
versions = [Version(1, 10), Version(1, 2), Version(0, 9), Version(1)]
print(sorted(versions))
print(Version(1, 2) < Version(1, 10), Version(2) >= Version(1, 99), max(versions))
