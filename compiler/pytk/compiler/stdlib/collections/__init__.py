"""Container datatypes: a browser version of the stdlib module ``collections``.

Counter, defaultdict and OrderedDict are dict subclasses, deque keeps its items in a list,
ChainMap searches a list of mappings. namedtuple classes make real tuples (equal to, hashed
and ordered like plain tuples) that also have their fields as attributes, a repr with field
names, ``_asdict``, ``_replace``, ``_fields`` and ``_make``; since the runtime tells tuples
apart by their class, ``type()`` of a namedtuple instance is ``tuple``.
"""

from _pytk_stdlib import merge_sort, type_repr, python_name

__all__ = ["ChainMap", "Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"]


def _keys_of(mapping):
    return list(mapping.keys())


# ---- Counter -------------------------------------------------------------------------------

class Counter(dict):
    """A dict that counts hashable items: ``Counter("abracadabra").most_common(2)``."""

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        result = 0
        for value in self.values():
            result += value
        return result

    def most_common(self, n=None):
        ordered = merge_sort(list(self.items()), key=lambda pair: pair[1], reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        for key, count in list(self.items()):
            for _ in range(count):
                yield key

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for key, count in list(iterable.items()):
                    self[key] = self[key] + count
            else:
                for key in iterable:
                    self[key] = self[key] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for key, count in list(iterable.items()):
                    self[key] = self[key] - count
            else:
                for key in iterable:
                    self[key] = self[key] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __copy__(self):
        return Counter(self)

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def __repr__(self):
        if len(self) == 0:
            return type(self).__name__ + "()"
        parts = [repr(key) + ": " + repr(count) for key, count in self.most_common()]
        return type(self).__name__ + "({" + ", ".join(parts) + "})"

    def __str__(self):
        return self.__repr__()

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return dict.__eq__(self, other)
        for key in list(self.keys()):
            if self[key] != other[key]:
                return False
        for key in list(other.keys()):
            if self[key] != other[key]:
                return False
        return True

    def __ne__(self, other):
        return not self.__eq__(other)

    def _compare(self, other, strict, superset):
        if not isinstance(other, Counter):
            raise TypeError("'<' not supported between instances of 'Counter' and '" + type(other).__name__ + "'")
        big = self if superset else other
        small = other if superset else self
        for key in _keys_of(small) + _keys_of(big):
            if not (small[key] <= big[key]):
                return False
        return not strict or self != other

    def __le__(self, other):
        return self._compare(other, False, False)

    def __lt__(self, other):
        return self._compare(other, True, False)

    def __ge__(self, other):
        return self._compare(other, False, True)

    def __gt__(self, other):
        return self._compare(other, True, True)

    def __add__(self, other):
        if not isinstance(other, Counter):
            raise TypeError("unsupported operand type(s) for +: 'Counter' and '" + type(other).__name__ + "'")
        result = Counter()
        for key, count in list(self.items()):
            total = count + other[key]
            if total > 0:
                result[key] = total
        for key, count in list(other.items()):
            if key not in self and count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            raise TypeError("unsupported operand type(s) for -: 'Counter' and '" + type(other).__name__ + "'")
        result = Counter()
        for key, count in list(self.items()):
            rest = count - other[key]
            if rest > 0:
                result[key] = rest
        for key, count in list(other.items()):
            if key not in self and count < 0:
                result[key] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            raise TypeError("unsupported operand type(s) for |: 'Counter' and '" + type(other).__name__ + "'")
        result = Counter()
        for key, count in list(self.items()):
            other_count = other[key]
            best = other_count if count < other_count else count
            if best > 0:
                result[key] = best
        for key, count in list(other.items()):
            if key not in self and count > 0:
                result[key] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            raise TypeError("unsupported operand type(s) for &: 'Counter' and '" + type(other).__name__ + "'")
        result = Counter()
        for key, count in list(self.items()):
            other_count = other[key]
            least = count if count < other_count else other_count
            if least > 0:
                result[key] = least
        return result

    def __pos__(self):
        result = Counter()
        for key, count in list(self.items()):
            if count > 0:
                result[key] = count
        return result

    def __neg__(self):
        result = Counter()
        for key, count in list(self.items()):
            if count < 0:
                result[key] = 0 - count
        return result

    def _keep_positive(self):
        for key in [k for k, count in list(self.items()) if not count > 0]:
            dict.__delitem__(self, key)
        return self

    def __iadd__(self, other):
        for key, count in list(other.items()):
            self[key] = self[key] + count
        return self._keep_positive()

    def __isub__(self, other):
        for key, count in list(other.items()):
            self[key] = self[key] - count
        return self._keep_positive()

    def __ior__(self, other):
        for key, count in list(other.items()):
            if count > self[key]:
                self[key] = count
        return self._keep_positive()

    def __iand__(self, other):
        for key, count in list(self.items()):
            other_count = other[key]
            if other_count < count:
                self[key] = other_count
        return self._keep_positive()


# ---- defaultdict ---------------------------------------------------------------------------

class defaultdict(dict):
    """A dict that makes a missing key's value with ``default_factory()``."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __copy__(self):
        return self.copy()

    def __repr__(self):
        return "defaultdict(" + type_repr(self.default_factory) + ", " + dict.__repr__(self) + ")"

    def __str__(self):
        return self.__repr__()


# ---- OrderedDict ---------------------------------------------------------------------------

class OrderedDict(dict):
    """A dict that can move keys to either end and compares order-sensitively with another."""

    def __init__(self, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)

    def move_to_end(self, key, last=True):
        value = self[key]
        if last:
            dict.__delitem__(self, key)
            dict.__setitem__(self, key, value)
            return
        rest = [(k, v) for k, v in list(self.items()) if k != key]
        self.clear()
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if len(self) == 0:
            raise KeyError("dictionary is empty")
        keys = _keys_of(self)
        key = keys[len(keys) - 1] if last else keys[0]
        value = self[key]
        dict.__delitem__(self, key)
        return (key, value)

    def copy(self):
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    def __reversed__(self):
        keys = _keys_of(self)
        keys.reverse()
        return iter(keys)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if len(self) != len(other):
                return False
            mine = list(self.items())
            theirs = list(other.items())
            for index in range(len(mine)):
                if mine[index][0] != theirs[index][0] or mine[index][1] != theirs[index][1]:
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        if len(self) == 0:
            return type(self).__name__ + "()"
        return type(self).__name__ + "(" + repr(list(self.items())) + ")"

    def __str__(self):
        return self.__repr__()


# ---- deque ---------------------------------------------------------------------------------

class deque:
    """A list-like sequence with fast appends and pops at both ends, optionally bounded."""

    def __init__(self, iterable=None, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None:
            while len(self._items) > self._maxlen:
                self._items.pop(0)

    def _trim_right(self):
        if self._maxlen is not None:
            while len(self._items) > self._maxlen:
                self._items.pop()

    def append(self, x):
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()

    def pop(self):
        if len(self._items) == 0:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if len(self._items) == 0:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def rotate(self, n=1):
        length = len(self._items)
        if length <= 1:
            return
        n = n % length
        if n:
            self._items = self._items[length - n:] + self._items[:length - n]

    def clear(self):
        self._items = []

    def copy(self):
        return deque(self._items, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        found = 0
        for item in self._items:
            if item == x:
                found += 1
        return found

    def index(self, x, start=0, stop=None):
        length = len(self._items)
        if stop is None:
            stop = length
        if start < 0:
            start = max(start + length, 0)
        if stop < 0:
            stop = max(stop + length, 0)
        for position in range(start, min(stop, length)):
            if self._items[position] == x:
                return position
        raise ValueError(repr(x) + " is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, value):
        for position in range(len(self._items)):
            if self._items[position] == value:
                self._items.pop(position)
                return
        raise ValueError(repr(value) + " is not in deque")

    def reverse(self):
        self._items.reverse()

    def _index(self, i):
        length = len(self._items)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '" + type(i).__name__ + "'")
        if i < 0:
            i += length
        if i < 0 or i >= length:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, value):
        self._items[self._index(i)] = value

    def __delitem__(self, i):
        self._items.pop(self._index(i))

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        items = list(self._items)
        items.reverse()
        return iter(items)

    def __contains__(self, x):
        for item in self._items:
            if item == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return False
        return self._items == other._items

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._items < other._items

    def __le__(self, other):
        return self._items <= other._items

    def __gt__(self, other):
        return self._items > other._items

    def __ge__(self, other):
        return self._items >= other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = deque([], self._maxlen)
        for _ in range(n):
            result.extend(self._items)
        return result

    def __repr__(self):
        text = "deque(" + repr(self._items)
        if self._maxlen is not None:
            text += ", maxlen=" + str(self._maxlen)
        return text + ")"

    def __str__(self):
        return self.__repr__()


# ---- namedtuple ----------------------------------------------------------------------------

_KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
             "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
             "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
             "yield"]


def _is_identifier(name):
    if len(name) == 0:
        return False
    for index, ch in enumerate(name):
        if not (ch == "_" or ch.isalpha() or (index > 0 and ch.isdigit())):
            return False
    return True


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple class whose items are also attributes: ``Point = namedtuple("Point", "x y")``."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    if rename:
        seen = []
        for index, name in enumerate(field_names):
            if (not _is_identifier(name) or name in _KEYWORDS or name.startswith("_") or name in seen):
                field_names[index] = "_" + str(index)
            seen.append(field_names[index])
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not _is_identifier(name):
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: " + repr(name))
    seen = []
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.append(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        for index in range(len(defaults)):
            field_defaults[field_names[len(field_names) - len(defaults) + index]] = defaults[index]
    fields = tuple(field_names)
    cls = _pytk_namedtuple_class(typename, fields, _new_values)
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__module__ = module if module is not None else "__main__"
    return cls


def _new_values(cls, *args, **kwargs):
    """The items of a new ``cls`` instance from ``cls(*args, **kwargs)``."""
    fields = cls._fields
    name = cls.__name__
    if len(args) > len(fields):
        raise TypeError(name + ".__new__() takes " + str(len(fields) + 1) + " positional arguments but " +
                        str(len(args) + 1) + " were given")
    values = list(args)
    given = {}
    for key, value in kwargs.items():
        given[python_name(key)] = value
    for key in given.keys():
        if key not in fields:
            raise TypeError(name + ".__new__() got an unexpected keyword argument '" + key + "'")
        if fields.index(key) < len(args):
            raise TypeError(name + ".__new__() got multiple values for argument '" + key + "'")
    missing = []
    for index in range(len(args), len(fields)):
        field = fields[index]
        if field in given:
            values.append(given[field])
        elif field in cls._field_defaults:
            values.append(cls._field_defaults[field])
        else:
            missing.append(field)
            values.append(None)
    if len(missing) > 0:
        quoted = ["'" + field + "'" for field in missing]
        listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
        plural = "argument" if len(missing) == 1 else "arguments"
        raise TypeError(name + ".__new__() missing " + str(len(missing)) + " required positional " + plural +
                        ": " + listed)
    return values


def _tuple_repr(self):
    fields = _namedtuple_fields(self)
    parts = [fields[index] + "=" + repr(self[index]) for index in range(len(fields))]
    return _namedtuple_class(self).__name__ + "(" + ", ".join(parts) + ")"


def _tuple_asdict(self):
    fields = _namedtuple_fields(self)
    result = {}
    for index in range(len(fields)):
        result[fields[index]] = self[index]
    return result


def _tuple_replace(self, **kwargs):
    fields = _namedtuple_fields(self)
    values = list(self)
    for key, value in kwargs.items():
        key = python_name(key)
        if key not in fields:
            raise ValueError("Got unexpected field names: [" + repr(key) + "]")
        values[fields.index(key)] = value
    return _namedtuple_class(self)(*values)


__pragma__('js', '{}', '''
// A namedtuple class: calling it (or a subclass) makes a tuple (an array whose __class__ is
// tuple, like every tuple) whose prototype adds the fields as properties and the class's methods.
function _pytk_namedtuple_class (typename, fields, newValues) {
    const cls = __class__ (typename, [object], {});
    cls.__bases__ = [tuple];
    Object.defineProperty (cls, '__new__', {
        value: function (args) {
            const values = newValues.apply (null, [this].concat (args));
            return _pytk_namedtuple_make (this, values);
        },
        writable: true, enumerable: true, configurable: true,
    });
    cls._make = function (iterable) {
        return _pytk_namedtuple_make (this, Array.from (__i__ (iterable)));
    };
    return cls;
}

function _pytk_namedtuple_proto (cls) {
    if (Object.prototype.hasOwnProperty.call (cls, '__pytk_tuple_proto__')) {
        return cls.__pytk_tuple_proto__;
    }
    const proto = Object.create (Array.prototype);
    for (const key in cls) {
        if (key == '__new__' || key == '__init__' || key == '__class__' || key == '__bases__' ||
                key == '__name__' || key == '__metaclass__' || key == '__module__' || key == '_make') {
            continue;
        }
        const descriptor = Object.getOwnPropertyDescriptor (cls, key);
        if (descriptor !== undefined) {
            Object.defineProperty (proto, key, descriptor);
        }
    }
    const fields = cls._fields;
    fields.forEach (function (field, index) {
        const property = {get: function () { return this [index]; }, enumerable: false, configurable: true};
        Object.defineProperty (proto, field, property);
        Object.defineProperty (proto, 'py_' + field, property);
    });
    const methods = {
        __repr__: function () { return _tuple_repr (this); },
        __str__: function () { return _tuple_repr (this); },
        _asdict: function () { return _tuple_asdict (this); },
        _replace: function () { return _tuple_replace.apply (null, [this].concat (Array.prototype.slice.call (arguments))); },
    };
    for (const name of Object.keys (methods)) {
        if (!(name in proto) || name == '__repr__' && !Object.prototype.hasOwnProperty.call (cls, '__repr__') ||
                name == '__str__' && !Object.prototype.hasOwnProperty.call (cls, '__str__')) {
            Object.defineProperty (proto, name, {value: methods [name], writable: true, configurable: true});
        }
    }
    Object.defineProperty (proto, '__pytk_namedtuple__', {value: cls, configurable: true});
    Object.defineProperty (proto, '_fields', {value: fields, configurable: true});
    Object.defineProperty (cls, '__pytk_tuple_proto__', {value: proto, configurable: true});
    return proto;
}

function _pytk_namedtuple_make (cls, values) {
    const result = tuple (values);
    Object.setPrototypeOf (result, _pytk_namedtuple_proto (cls));
    return result;
}

function _namedtuple_class (self) {
    return self.__pytk_namedtuple__;
}

function _namedtuple_fields (self) {
    return self.__pytk_namedtuple__._fields;
}
''')


# ---- ChainMap ------------------------------------------------------------------------------

class ChainMap:
    """Several mappings searched in order as one; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) if len(maps) > 0 else [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return default

    def _keys(self):
        seen = {}
        for index in range(len(self.maps) - 1, -1, -1):
            for key in self.maps[index]:
                seen[key] = True
        return list(seen.keys())

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if len(mapping) > 0:
                return True
        return False

    def keys(self):
        return self._keys()

    def items(self):
        return [(key, self[key]) for key in self._keys()]

    def values(self):
        return [self[key] for key in self._keys()]

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        if key not in self.maps[0]:
            raise KeyError("Key not found in the first mapping: " + repr(key))
        del self.maps[0][key]

    def pop(self, key, *default):
        if key in self.maps[0]:
            value = self.maps[0][key]
            del self.maps[0][key]
            return value
        if len(default) > 0:
            return default[0]
        raise KeyError("Key not found in the first mapping: " + repr(key))

    def clear(self):
        self.maps[0].clear()

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = dict(kwargs)
        elif kwargs:
            m.update(kwargs)
        return ChainMap(m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def copy(self):
        return ChainMap(dict(self.maps[0]), *self.maps[1:])

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())

    def __repr__(self):
        return "ChainMap(" + ", ".join([repr(m) for m in self.maps]) + ")"

    def __str__(self):
        return self.__repr__()
