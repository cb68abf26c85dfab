"""Enumerations: a browser version of the stdlib module ``enum``.

Compiled code has no metaclasses, so the members of ``class Color(Enum): RED = 1`` are made by
``Enum.__init_subclass__``, which the compiler calls after every class with bases. It turns each
plain class attribute into a member (an instance of the class, with ``name`` and ``value``),
records the members in definition order, and puts on the class the operations that CPython's
``EnumType`` provides: ``Color(1)``, ``len(Color)``, iteration, ``in`` and the class's repr.
Those live as functions on the class object that do the class operation when called on the
class and the member's own method when called on a member (members inherit from their class);
the class operations are also listed in ``cls.__pytk_meta__`` (each takes the class first), for
runtime functions that look there for a class's metaclass methods.

Supported: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, ``_missing_``,
``_generate_next_value_``, aliases, ``__init__`` taking the parts of a tuple value, the
functional API ``Enum("Color", "RED GREEN")``, and mixing in ``int`` or ``str``
(``class Method(str, Enum)``).
"""

__pragma__('js', '{}', '''
// Let a builtin type be a base of a compiled class (class Method (str, Enum)): the class creator
// asks its first base for a metaclass.
for (const __pytk_builtin__ of [str, int, float]) {
    if (__pytk_builtin__.__metaclass__ === undefined) {
        __pytk_builtin__.__metaclass__ = py_metatype;
    }
    if (__pytk_builtin__.__bases__ === undefined) {
        __pytk_builtin__.__bases__ = [object];
    }
}

// The names a class body gave plain values (not methods or properties), in definition order:
// own data properties of the class that it did not copy from a base.
function __pytk_enum_candidates__ (cls) {
    const result = [];
    const bases = cls.__bases__ || [];
    for (const key of Object.getOwnPropertyNames (cls)) {
        const descriptor = Object.getOwnPropertyDescriptor (cls, key);
        // (a function's own length, name and prototype are not enumerable; a class body's names are)
        if (!descriptor.enumerable || !('value' in descriptor) || typeof descriptor.value == 'function') {
            continue;
        }
        const inherited = bases.some (function (base) {
            const own = Object.getOwnPropertyDescriptor (base, key);
            return own !== undefined && own.value === descriptor.value;
        });
        if (!inherited) {
            result.push (key);
        }
    }
    return result;
}

function __pytk_enum_get__ (cls, key) {
    return cls [key];
}

function __pytk_enum_set__ (cls, key, value) {
    Object.defineProperty (cls, key, {value: value, writable: true, enumerable: true, configurable: true});
}

// A new instance of cls whose __init__ gets args, without going through cls (value) lookup.
function __pytk_enum_instance__ (cls, args) {
    return object.__new__.call (cls, args);
}

// cls [key] does the class operation classOp (cls, ...) on the class itself and, on a member,
// what the class body or a base defines for members (missing (member, ...) if nothing).
function __pytk_enum_dispatch__ (cls, key, classOp, missing) {
    let own = Object.getOwnPropertyDescriptor (cls, key);
    if (own !== undefined && typeof own.value == 'function' && own.value.__pytk_enum_member__ !== undefined) {
        own = own.value.__pytk_enum_member__;
    }
    const member = own === undefined ? null : own;
    const dispatch = function () {
        const args = Array.prototype.slice.call (arguments);
        if (this === cls) {
            return classOp.apply (null, [cls].concat (args));
        }
        if (member === null) {
            return missing.apply (null, [this].concat (args));
        }
        if (member.get) {
            return member.get.call (this).apply (null, args);
        }
        return member.value.apply (this, args);
    };
    dispatch.__pytk_enum_member__ = member;
    Object.defineProperty (cls, key, {value: dispatch, writable: true, enumerable: typeof key == 'string',
                                      configurable: true});
}

// Calling the class: cls (value) looks a member up (or, on a class without members, the
// functional API makes a new enum).
function __pytk_enum_call__ (cls, lookup) {
    Object.defineProperty (cls, '__new__', {
        value: function (args) { return lookup (cls, args); },
        writable: true, enumerable: true, configurable: true,
    });
}

// Color ["RED"]: for a runtime whose subscript of a class calls its __class_getitem__.
function __pytk_enum_class_getitem__ (cls, lookup) {
    Object.defineProperty (cls, '__class_getitem__', {
        value: function (key) { return lookup (cls, key); },
        writable: true, enumerable: false, configurable: true,
    });
}

// Python iteration of anything, as a JavaScript iterator.
function __pytk_enum_js_iter__ (iterable) {
    return __i__ (iterable) [Symbol.iterator] ();
}

// Give cls the methods of source named in names, where cls has them from base (or not at all).
function __pytk_enum_borrow__ (cls, source, base, names) {
    const same = function (a, b) {
        if (a === undefined || b === undefined) {
            return a === b;
        }
        if (typeof a.value == 'function' && a.value.__pytk_enum_member__ !== undefined) {
            a = a.value.__pytk_enum_member__ || undefined;
        }
        if (typeof b.value == 'function' && b.value.__pytk_enum_member__ !== undefined) {
            b = b.value.__pytk_enum_member__ || undefined;
        }
        if (a === undefined || b === undefined) {
            return a === b;
        }
        return a.get !== undefined ? a.get === b.get : a.value === b.value;
    };
    for (const key of names) {
        const mine = Object.getOwnPropertyDescriptor (cls, key);
        if (mine === undefined || same (mine, Object.getOwnPropertyDescriptor (base, key)) ||
                (typeof mine.value == 'function' && mine.value.__pytk_enum_member__ === null)) {
            Object.defineProperty (cls, key, Object.getOwnPropertyDescriptor (source, key));
        }
    }
}

// Members of an enum mixed with str have str's methods, applied to their value.
function __pytk_enum_str_methods__ (cls) {
    for (const key of Object.keys (str)) {
        if (key.startsWith ('__') || typeof str [key] != 'function' || Object.getOwnPropertyDescriptor (cls, key) === undefined
                || Object.getOwnPropertyDescriptor (cls, key).value !== str [key]) {
            continue;
        }
        const unbound = str [key];
        Object.defineProperty (cls, key, {
            get: function () {
                const value = this._value_;
                if (typeof value != 'string') {
                    return unbound;
                }
                return function () {
                    return unbound.apply (null, [value].concat (Array.prototype.slice.call (arguments)));
                };
            },
            enumerable: true, configurable: true,
        });
    }
}
''')


def _is_descriptor_name(name, cls_name):
    if len(name) > 4 and name[:2] == "__" and name[-2:] == "__":
        return True
    if len(name) > 2 and name[0] == "_" and name[-1] == "_" and name[1] != "_" and name[-2] != "_":
        return True
    return name.startswith("_" + cls_name.lstrip("_") + "__")


def _python_name(js_name):
    # The generator renames some identifiers (name -> py_name); give members their Python names.
    return js_name[3:] if js_name.startswith("py_") else js_name


_ready = False
_DATA_OPERATIONS = ["__eq__", "__ne__", "__hash__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__radd__",
                    "__mul__", "__rmul__", "__mod__", "__bool__", "__len__", "__iter__", "__contains__",
                    "__getitem__", "__int__", "__float__", "__index__", "__sub__", "__rsub__", "__truediv__",
                    "__rtruediv__", "__floordiv__", "__rfloordiv__", "__pow__", "__neg__", "__pos__", "__abs__",
                    "valueOf", "toString"]


class auto:
    """A member value chosen by the enum's ``_generate_next_value_``."""

    def __init__(self, value=None):
        self.value = value
        self._pytk_auto_ = value is None

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


def _member_type(cls):
    for base in cls.__mro__:
        if base is int or base is str or base is float:
            return base
    return None


def _member_of(cls, value):
    # The member with this value, or None.
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for member in cls._member_list_:
        if member._value_ == value:
            return member
    return None


def _class_repr(cls):
    kind = "flag" if issubclass(cls, Flag) else "enum"
    return "<" + kind + " '" + cls.__name__ + "'>"


def _class_len(cls):
    return len(cls._member_list_)


def _class_iter(cls):
    return iter(list(cls._member_list_))


def _class_reversed(cls):
    members = list(cls._member_list_)
    members.reverse()
    return iter(members)


def _class_contains(cls, member):
    if not isinstance(member, Enum):
        raise TypeError("unsupported operand type(s) for 'in': '" + type(member).__name__ + "' and 'EnumType'")
    return isinstance(member, cls) and member._name_ in cls._member_map_


def _class_getitem(cls, name):
    return cls._member_map_[name]


def _class_bool(cls):
    return True


def _class_new(cls, args):
    if len(cls._member_list_) == 0 and len(args) > 1:
        return _functional(cls, *args)
    if len(args) != 1:
        raise TypeError(cls.__name__ + "() takes exactly one argument (" + str(len(args)) + " given)")
    value = args[0]
    if isinstance(value, cls):
        return value
    found = _member_of(cls, value)
    if found is not None:
        return found
    found = cls._missing_(value)
    if isinstance(found, cls):
        return found
    if found is not None:
        raise TypeError("error in " + cls.__name__ + "._missing_: returned " + repr(found) +
                        " instead of None or a valid member")
    if issubclass(cls, Flag) and isinstance(value, int):
        raise ValueError(_class_repr(cls) + " invalid value " + repr(value))
    raise ValueError(repr(value) + " is not a valid " + cls.__name__)


def _not_sized(member):
    raise TypeError("object of type '" + type(member).__name__ + "' has no len()")


def _not_iterable(member, *args):
    raise TypeError("'" + type(member).__name__ + "' object is not iterable")


def _not_container(member, item):
    raise TypeError("argument of type '" + type(member).__name__ + "' is not iterable")


def _not_subscriptable(member, key):
    raise TypeError("'" + type(member).__name__ + "' object is not subscriptable")


def _always_true(member):
    return True


def _is_auto(value):
    return isinstance(value, auto) and value._pytk_auto_


def _build(cls):
    """Turn the plain class attributes of a new Enum subclass into its members."""
    if not _ready:  # one of this module's own bases
        cls._member_list_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._member_names_ = []
        cls.__members__ = {}
        _install(cls)
        return
    mixin = _member_type(cls)
    if mixin is str:
        _pytk_enum_str_methods_(cls)
    members = []
    member_map = {}
    value_map = {}
    values = []
    cls._member_list_ = members
    cls._member_map_ = member_map
    cls._value2member_map_ = value_map
    for js_name in __pytk_enum_candidates__(cls):
        name = _python_name(js_name)
        if _is_descriptor_name(name, cls.__name__):
            continue
        value = __pytk_enum_get__(cls, js_name)
        if isinstance(value, auto):
            if value._pytk_auto_:
                value = cls._generate_next_value_(name, 1, len(members), list(values))
            else:
                value = value.value
        elif mixin is str and issubclass(cls, StrEnum) and not isinstance(value, str):
            raise TypeError(repr(value) + " is not a string")
        values.append(value)
        alias = _member_of(cls, value)
        if alias is not None:
            member_map[name] = alias
            __pytk_enum_set__(cls, js_name, alias)
            continue
        args = value if isinstance(value, tuple) else (value,)
        member = __pytk_enum_instance__(cls, list(args))
        if isinstance(value, tuple) and mixin is not None and len(value) > 0:
            value = value[0]  # int/str members built from a tuple take its first item as value
        member._name_ = name
        member._value_ = value
        members.append(member)
        member_map[name] = member
        try:
            value_map[value] = member
        except TypeError:
            pass  # unhashable values are found by a linear search
        __pytk_enum_set__(cls, js_name, member)
    cls._member_names_ = [m._name_ for m in members]
    cls.__members__ = dict(member_map)
    if mixin is not None and not issubclass(cls, _DataEnum):
        __pytk_enum_borrow__(cls, _DataEnum, Enum, _DATA_OPERATIONS)
    _install(cls)
    if issubclass(cls, Flag):
        _flag_setup(cls)


def _install(cls):
    __pytk_enum_call__(cls, _class_new)
    __pytk_enum_class_getitem__(cls, _class_getitem)
    __pytk_enum_dispatch__(cls, "__len__", _class_len, _not_sized)
    __pytk_enum_dispatch__(cls, "__iter__", _class_iter, _not_iterable)
    __pytk_enum_dispatch__(cls, "__reversed__", _class_reversed, _not_iterable)
    __pytk_enum_dispatch__(cls, "__contains__", _class_contains, _not_container)
    __pytk_enum_dispatch__(cls, "__getitem__", _class_getitem, _not_subscriptable)
    __pytk_enum_dispatch__(cls, "__repr__", _class_repr, _always_true)
    __pytk_enum_dispatch__(cls, "__str__", _class_repr, _always_true)
    __pytk_enum_dispatch__(cls, "__bool__", _class_bool, _always_true)
    __pytk_enum_dispatch__(cls, "toString", _class_repr, _always_true)
    __pragma__('js', '{}', '''
    // What a metaclass would define, for a runtime that looks for it on a class object:
    // each takes the class first.
    Object.defineProperty (cls, '__pytk_meta__', {
        value: {
            __call__: function (cls) { return _class_new (cls, Array.prototype.slice.call (arguments, 1)); },
            __len__: _class_len, __iter__: _class_iter, __reversed__: _class_reversed,
            __contains__: _class_contains, __getitem__: _class_getitem, __repr__: _class_repr,
            __str__: _class_repr, __bool__: _class_bool,
        },
        writable: true, enumerable: false, configurable: true,
    });
    __pytk_enum_dispatch__ (cls, Symbol.iterator, function (cls) {
        return __pytk_enum_js_iter__ (cls._member_list_.slice ());
    }, function (member) {
        if (typeof member.__iter__ == 'function') {
            return __pytk_enum_js_iter__ (member.__iter__ ());
        }
        return _not_iterable (member);
    });
    ''')


def _functional(cls, name, names, module=None, qualname=None, type=None, start=1, boundary=None):
    """``Enum("Color", "RED GREEN")``, ``Enum("Color", ["RED", ("GREEN", 5)])`` or a mapping."""
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    pairs = []
    if isinstance(names, dict):
        pairs = list(names.items())
    else:
        items = list(names)
        for index, item in enumerate(items):
            if isinstance(item, str):
                pairs.append((item, None))
            else:
                pairs.append((item[0], item[1]))
    attributes = {}
    last_values = []
    for index, pair in enumerate(pairs):
        value = pair[1]
        if value is None:
            value = cls._generate_next_value_(pair[0], start, index, list(last_values))
        last_values.append(value)
        attributes[pair[0]] = value
    bases = [cls] if type is None else [type, cls]
    made = _pytk_enum_make_class_(name, bases, attributes)
    made.__module__ = module if module is not None else "__main__"
    __pytk_init_subclass__(made)
    return made


__pragma__('js', '{}', '''
function _pytk_enum_make_class_ (name, bases, attributes) {
    const attribs = {};
    for (const key of attributes.__pytk_keys__ ()) {
        attribs [key] = attributes.__getitem__ (key);
    }
    return __class__ (name, bases, attribs);
}
function _pytk_enum_str_methods_ (cls) {
    __pytk_enum_str_methods__ (cls);
}
''')


class Enum:
    """Base class of enumerations: ``class Color(Enum): RED = 1``."""

    def __init_subclass__(cls, **kwargs):
        _build(cls)

    def __init__(self, *args, **kwargs):
        pass

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        type_repr = repr(self._value_)
        return "<" + type(self).__name__ + "." + self._name_ + ": " + type_repr + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def toString(self):
        return str(self)

    def __bool__(self):
        return True

    def __lt__(self, other):
        raise TypeError("'<' not supported between instances of '" + type(self).__name__ + "' and '" +
                        type(other).__name__ + "'")

    def __le__(self, other):
        raise TypeError("'<=' not supported between instances of '" + type(self).__name__ + "' and '" +
                        type(other).__name__ + "'")

    def __gt__(self, other):
        raise TypeError("'>' not supported between instances of '" + type(self).__name__ + "' and '" +
                        type(other).__name__ + "'")

    def __ge__(self, other):
        raise TypeError("'>=' not supported between instances of '" + type(self).__name__ + "' and '" +
                        type(other).__name__ + "'")

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if len(last_values) == 0:
            return start
        ordered = list(last_values)
        for index in range(len(ordered) - 1, -1, -1):
            candidate = ordered[index]
            if isinstance(candidate, (int, float)) and not isinstance(candidate, bool):
                best = candidate
                for other in ordered:
                    if isinstance(other, (int, float)) and not isinstance(other, bool) and other > best:
                        best = other
                return best + 1
        return start

    @classmethod
    def _missing_(cls, value):
        return None


def _plain(value):
    return value._value_ if isinstance(value, Enum) else value


class _DataEnum(Enum):
    """What members of an enum mixed with int or str share: they compare and hash as their value."""

    def __eq__(self, other):
        if isinstance(other, Enum) and not isinstance(other, _DataEnum):
            return False
        return self._value_ == _plain(other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._value_)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __mul__(self, other):
        return self._value_ * _plain(other)

    def __rmul__(self, other):
        return _plain(other) * self._value_

    def __mod__(self, other):
        return self._value_ % _plain(other)

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return _plain(item) in self._value_

    def __getitem__(self, key):
        return self._value_[key]

    def __int__(self):
        return int(self._value_)

    def __float__(self):
        return float(self._value_)

    def __index__(self):
        return self._value_

    def __sub__(self, other):
        return self._value_ - _plain(other)

    def __rsub__(self, other):
        return _plain(other) - self._value_

    def __truediv__(self, other):
        return self._value_ / _plain(other)

    def __rtruediv__(self, other):
        return _plain(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _plain(other)

    def __rfloordiv__(self, other):
        return _plain(other) // self._value_

    def __pow__(self, other):
        return self._value_ ** _plain(other)

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def valueOf(self):
        return self._value_

    def toString(self):
        return str(self._value_)


class ReprEnum(_DataEnum):
    """An enum whose members print (str and format) as their value, as IntEnum and StrEnum do."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """Members are also ints: they compare, compute and print like their value."""


class StrEnum(str, ReprEnum):
    """Members are also strs; ``auto()`` gives the member's name in lower case."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    bit = -1
    while value > 0:
        value = value // 2
        bit += 1
    return bit


def _bits(value):
    result = []
    bit = 1
    while bit <= value:
        if value & bit:
            result.append(bit)
        bit = bit * 2
    return result


def _flag_setup(cls):
    all_bits = 0
    for member in cls._member_list_:
        if isinstance(member._value_, int):
            all_bits = all_bits | member._value_
    cls._flag_mask_ = all_bits


class Flag(Enum):
    """Members combine with ``|``, ``&``, ``^`` and ``~``; ``in`` tests for contained flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if count == 0 or len(last_values) == 0:
            return start if start is not None else 1
        last = last_values[0]
        for value in last_values:
            if value > last:
                last = value
        return 2 ** (_high_bit(last) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        mask = cls._flag_mask_
        keep = issubclass(cls, IntFlag)
        if value < 0:
            value = (value % (2 ** (_high_bit(mask) + 1))) if not keep else value
        if not keep and value & ~mask:
            return None
        return _pseudo_member(cls, value)

    def _members_in_(self):
        value = self._value_
        return [m for m in type(self)._member_list_ if m._value_ != 0 and m._value_ & value == m._value_
                and len(_bits(m._value_)) == 1]

    def __iter__(self):
        return iter(self._members_in_())

    def __len__(self):
        return len(self._members_in_())

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '" + type(other).__name__ + "' and '" +
                            type(self).__name__ + "'")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        cls = type(self)
        if isinstance(other, cls):
            return cls(self._value_ | other._value_)
        if issubclass(cls, IntFlag) and isinstance(other, int):
            return cls(self._value_ | other)
        raise TypeError("unsupported operand type(s) for " + "|" + ": '" + type(self).__name__ + "' and '" +
                        type(other).__name__ + "'")

    def __and__(self, other):
        cls = type(self)
        if isinstance(other, cls):
            return cls(self._value_ & other._value_)
        if issubclass(cls, IntFlag) and isinstance(other, int):
            return cls(self._value_ & other)
        raise TypeError("unsupported operand type(s) for " + "&" + ": '" + type(self).__name__ + "' and '" +
                        type(other).__name__ + "'")

    def __xor__(self, other):
        cls = type(self)
        if isinstance(other, cls):
            return cls(self._value_ ^ other._value_)
        if issubclass(cls, IntFlag) and isinstance(other, int):
            return cls(self._value_ ^ other)
        raise TypeError("unsupported operand type(s) for " + "^" + ": '" + type(self).__name__ + "' and '" +
                        type(other).__name__ + "'")

    def __ror__(self, other):
        return self.__or__(other)

    def __rand__(self, other):
        return self.__and__(other)

    def __rxor__(self, other):
        return self.__xor__(other)

    def __invert__(self):
        cls = type(self)
        if issubclass(cls, IntFlag) and self._value_ & ~cls._flag_mask_:
            return cls(~self._value_)
        return cls(cls._flag_mask_ & ~self._value_)

    def __repr__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return "<" + cls_name + ": " + repr(self._value_) + ">"
        return "<" + cls_name + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return cls_name + "(" + repr(self._value_) + ")"
        return cls_name + "." + self._name_


def _pseudo_member(cls, value):
    names = []
    rest = value
    for member in cls._member_list_:
        bits = member._value_
        if bits != 0 and len(_bits(bits)) == 1 and value & bits == bits:
            names.append(member._name_)
            rest = rest & ~bits
    if rest and len(names) > 0:
        names.append(str(rest))
    member = __pytk_enum_instance__(cls, [value])
    member._name_ = "|".join(names) if len(names) > 0 else None
    member._value_ = value
    cls._value2member_map_[value] = member
    return member


class IntFlag(int, Flag):
    """Flags that are also ints; values outside the defined bits are kept."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


__pytk_enum_borrow__(IntFlag, _DataEnum, Enum, _DATA_OPERATIONS)


def unique(enumeration):
    """Class decorator: raise ValueError if two names of the enum share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append(name + " -> " + member._name_)
    if len(duplicates) > 0:
        raise ValueError("duplicate values found in " + repr(enumeration) + ": " + ", ".join(duplicates))
    return enumeration


Enum._member_list_ = []
Enum._member_map_ = {}
Enum._value2member_map_ = {}
Enum._member_names_ = []
Enum.__members__ = {}
_install(Enum)
_ready = True
EnumType = type
EnumMeta = type
