"""typing at run time: NamedTuple classes with methods and defaults, TypedDict, TypeVar, cast, NewType."""
from typing import Generic, NamedTuple, NewType, Optional, Protocol, TypedDict, TypeVar, cast, overload
T = TypeVar("T")
UserId = NewType("UserId", int)
class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: Optional[str] = None
    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y
class Box(Generic[T]):
    contents: list
    def __init__(self, item: T) -> None:
        self.contents = [item]
class Config(TypedDict, total=False):
    name: str
    retries: int
class Sized(Protocol):
    def size(self) -> int: ...
count: int
p = Point(3.0, 4.0)
q = p._replace(label="q")
print(p, p.norm2(), q, q.label, p == (3.0, 4.0, None), Point._fields, len(p))
x, y, _ = p
print(x, y, Box(UserId(7)).contents, cast(int, "not checked"), T, UserId(5) + 1)
c = Config(name="svc")
print(c, type(c).__name__, isinstance(c, dict))
def local_annotations():
    total: int
    total = 3
    return total
print(local_annotations())
