"""Type annotations do not change behaviour at run time."""
from typing import Optional
def scale(value: int, factor: float = 2.0) -> float:
    return value * factor
def find(names: list[str], target: str) -> Optional[int]:
    return names.index(target) if target in names else None
count: int = 3
print(scale(3), scale("ab", 2), find(["a", "b"], "b"), find([], "x"), count)
