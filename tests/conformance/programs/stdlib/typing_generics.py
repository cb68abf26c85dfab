"""typing annotations, generic classes and NamedTuple do not change run-time behaviour."""
from typing import Dict, Generic, List, NamedTuple, Optional, TypeVar, Union
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
class Pair(NamedTuple):
    left: int
    right: int = 0
s: Stack[int] = Stack()
s.push(1)
s.push(2)
lookup: Dict[str, Union[int, str]] = {"a": 1, "b": "x"}
print(s.pop(), s.pop(), s.pop(), lookup, Pair(1), Pair(1, 2).right, Pair(3)._asdict())
