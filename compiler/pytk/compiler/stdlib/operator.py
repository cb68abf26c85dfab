"""Operators as functions: a browser version of the stdlib module ``operator``.

``itemgetter``, ``attrgetter`` and ``methodcaller`` objects are JavaScript functions as well
as instances of their classes, so they can be given as ``key`` to anything.
"""

from _pytk_stdlib import attribute, bound_attribute, callable_instances

_abs = abs
_pow = pow


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return bool(a)


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def abs(a):
    return _abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    return a.__index__() if hasattr(a, "__index__") else int(a)


def inv(a):
    return a.__invert__() if hasattr(a, "__invert__") else -a - 1


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return a.__pos__() if hasattr(a, "__pos__") else a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def concat(a, b):
    if not hasattr(a, "__getitem__") and not isinstance(a, (str, list, tuple)):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    found = 0
    for item in a:
        if item is b or item == b:
            found += 1
    return found


def delitem(a, b):
    del a[b]


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    for position, item in enumerate(a):
        if item is b or item == b:
            return position
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c):
    a[b] = c


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        return default


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def iconcat(a, b):
    a += b
    return a


class attrgetter:
    """``attrgetter("name")(obj)`` is ``obj.name``; dotted names and several names work."""

    def __init__(self, attr, *attrs):
        self._attrs = [attr] + list(attrs)
        for name in self._attrs:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")

    def _get(self, obj, dotted):
        for name in dotted.split("."):
            obj = attribute(obj, name)
        return obj

    def _call(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple([self._get(obj, name) for name in self._attrs])

    def __repr__(self):
        return "operator.attrgetter(" + ", ".join([repr(name) for name in self._attrs]) + ")"


class itemgetter:
    """``itemgetter(1)(row)`` is ``row[1]``; with several items, a tuple."""

    def __init__(self, item, *items):
        self._items = [item] + list(items)

    def _call(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[item] for item in self._items])

    def __repr__(self):
        return "operator.itemgetter(" + ", ".join([repr(item) for item in self._items]) + ")"


class methodcaller:
    """``methodcaller("strip", "x")(s)`` is ``s.strip("x")``."""

    def __init__(self, name, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def _call(self, obj):
        method = bound_attribute(obj, self._name)
        if len(self._kwargs) == 0:  # a JavaScript method must not get an empty keyword object
            return method(*self._args)
        return method(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)] + [repr(arg) for arg in self._args]
        for key, value in self._kwargs.items():
            parts.append(key + "=" + repr(value))
        return "operator.methodcaller(" + ", ".join(parts) + ")"


def _call_getter(getter, obj):
    return getter._call(obj)


callable_instances(attrgetter, _call_getter)
callable_instances(itemgetter, _call_getter)
callable_instances(methodcaller, _call_getter)
