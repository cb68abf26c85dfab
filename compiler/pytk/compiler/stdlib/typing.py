"""Type hints at run time: a browser version of the stdlib module ``typing``.

Annotations do nothing at run time, so the special forms here are placeholders that can be
subscripted (``typing.Optional[int]``, ``typing.Dict[str, typing.List[int]]``) and printed.
``Generic[T]`` and ``Protocol`` are plain base classes, ``cast`` returns its value,
``NamedTuple("P", [("x", int)])`` makes a ``collections.namedtuple`` and
``TypedDict("M", {...})`` makes a class whose instances are plain dicts.
"""

from collections import namedtuple as _namedtuple

TYPE_CHECKING = False


class _Form:
    """A special form or generic alias: subscripting it gives another one."""

    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = () if args is None else args
        self.__origin__ = None

    def __getitem__(self, params):
        if isinstance(params, list):  # x[a, b] arrives as a list
            params = tuple(params)
        if not isinstance(params, tuple):
            params = (params,)
        made = _Form(self._name, params)
        made.__origin__ = _ORIGINS.get(self._name, self)
        if self._name == "Optional":
            made.__origin__ = Union
        return made

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing." + self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if len(self.__args__) == 0:
            return "typing." + self._name
        return "typing." + self._name + "[" + ", ".join([_type_name(arg) for arg in self.__args__]) + "]"


def _type_name(value):
    if isinstance(value, _Form) or isinstance(value, TypeVar):
        return repr(value)
    if value is None:
        return "None"
    if isinstance(value, list):
        return "[" + ", ".join([_type_name(v) for v in value]) + "]"
    name = getattr(value, "__name__", None)
    return name if name is not None else repr(value)


Any = _Form("Any")
Union = _Form("Union")
Optional = _Form("Optional")
List = _Form("List")
Dict = _Form("Dict")
Set = _Form("Set")
FrozenSet = _Form("FrozenSet")
Tuple = _Form("Tuple")
Type = _Form("Type")
Callable = _Form("Callable")
Iterable = _Form("Iterable")
Iterator = _Form("Iterator")
Generator = _Form("Generator")
AsyncIterable = _Form("AsyncIterable")
AsyncIterator = _Form("AsyncIterator")
AsyncGenerator = _Form("AsyncGenerator")
Awaitable = _Form("Awaitable")
Coroutine = _Form("Coroutine")
Sequence = _Form("Sequence")
MutableSequence = _Form("MutableSequence")
Mapping = _Form("Mapping")
MutableMapping = _Form("MutableMapping")
AbstractSet = _Form("AbstractSet")
MutableSet = _Form("MutableSet")
Collection = _Form("Collection")
Container = _Form("Container")
Hashable = _Form("Hashable")
Sized = _Form("Sized")
Reversible = _Form("Reversible")
DefaultDict = _Form("DefaultDict")
OrderedDict = _Form("OrderedDict")
Counter = _Form("Counter")
Deque = _Form("Deque")
ChainMap = _Form("ChainMap")
Literal = _Form("Literal")
Final = _Form("Final")
ClassVar = _Form("ClassVar")
Annotated = _Form("Annotated")
TypeGuard = _Form("TypeGuard")
Concatenate = _Form("Concatenate")
Unpack = _Form("Unpack")
Required = _Form("Required")
NotRequired = _Form("NotRequired")
NoReturn = _Form("NoReturn")
Never = _Form("Never")
Self = _Form("Self")
LiteralString = _Form("LiteralString")
TypeAlias = _Form("TypeAlias")
Text = str
AnyStr = _Form("AnyStr")


_ORIGINS = {"List": list, "Dict": dict, "Set": set, "FrozenSet": frozenset, "Tuple": tuple, "Type": type}


class TypeVar:
    """A type variable: ``T = TypeVar("T")``."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __or__(self, other):
        return Union[self, other]

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class ParamSpec(TypeVar):
    pass


class TypeVarTuple(TypeVar):
    pass


class _GenericBase:
    """What ``class Box(Generic[T])`` derives from: nothing at run time."""


class _GenericForm(_Form):
    def __getitem__(self, params):
        return _GenericBase


Generic = _GenericForm("Generic")


class Protocol:
    """Base class of protocols (structural types): a plain class at run time."""


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Return val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: " + repr(arg))


def reveal_type(obj):
    return obj


def overload(func):
    return func


def final(f):
    return f


def override(method):
    return method


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Annotations are not kept at run time: always an empty dict."""
    return {}


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())


def NewType(name, tp):
    """A callable that returns its argument (``UserId = NewType("UserId", int)``)."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, **kwargs):
    """The functional form ``NamedTuple("Point", [("x", int), ("y", int)])``: a namedtuple class.

    The class form (``class Point(NamedTuple): x: int``) needs its annotations, which are not
    kept at run time.
    """
    if fields is None:
        fields = list(kwargs.items())
    return _namedtuple(typename, [pair[0] for pair in fields])


class TypedDict(dict):
    """Base of TypedDict classes: calling one makes a plain dict, as in CPython.

    The functional form ``TypedDict("Movie", {"title": str})`` gives such a class too.
    """


__pragma__('js', '{}', '''
Object.defineProperty (TypedDict, '__new__', {
    value: function (args) {
        if (args.length >= 1 && typeof args [0] == 'string') {
            return TypedDict;
        }
        return dict.apply (null, args);
    },
    writable: true, enumerable: true, configurable: true,
});
''')


def _namedtuple_base(typename, field_names, defaults=None):
    """The base class for ``class P(NamedTuple): x: int; y: int = 0`` once the compiler has read
    the field names from the annotations: ``class P(_namedtuple_base("P", ["x", "y"], [0]))``."""
    return _namedtuple(typename, field_names, defaults=defaults)
