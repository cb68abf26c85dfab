"""The typing module's names as attributes: subscripted forms, TypeVar, cast, NamedTuple."""
import typing
T = typing.TypeVar("T")
K = typing.TypeVar("K", bound=str)
class Box(typing.Generic[T]):
    def __init__(self, item):
        self.item = item
class Sized(typing.Protocol):
    def size(self):
        pass
def first(items: typing.List[T]) -> typing.Optional[T]:
    return items[0] if items else None
print(first([3, 4]), first([]), Box("x").item, typing.cast(typing.Any, 5))
print(typing.Optional[int], typing.Union[int, str], typing.Dict[str, typing.Tuple[int, float]], T, K)
print(typing.get_origin(typing.List[int]) is list, typing.get_origin(typing.Optional[str]) is typing.Union, typing.get_args(typing.Dict[str, int]) == (str, int))
Pair = typing.NamedTuple("Pair", [("left", int), ("right", int)])
p = Pair(1, 2)
print(p, p.left + p.right, p._fields, typing.TYPE_CHECKING)
UserId = typing.NewType("UserId", int)
print(UserId(42) + 1)
