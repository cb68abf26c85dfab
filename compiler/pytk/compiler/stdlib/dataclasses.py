"""Dataclass helpers: a browser version of the stdlib module ``dataclasses``.

The compiler turns ``@dataclass`` classes into plain classes with an ``__init__`` and a
``__repr__`` and records their field names (in ``__match_args__``); this module gives the
functions that work on them: ``fields``, ``asdict``, ``astuple``, ``replace`` and
``is_dataclass``. ``dataclass`` and ``field`` are here for code the compiler did not rewrite.
"""

import copy as _copy
from _pytk_stdlib import attribute

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "asdict",
           "astuple", "fields", "is_dataclass", "replace"]


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()
KW_ONLY = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type


class Field:
    """A dataclass field: its ``name``, ``default`` and ``default_factory``."""

    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
                 metadata=None, kw_only=MISSING):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ",default=" + repr(self.default) + ")"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe a field (the compiler reads ``field(...)`` in a dataclass body itself)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def dataclass(cls=None, **options):
    """The compiler rewrites ``@dataclass`` classes; anything else is returned unchanged."""
    if cls is None:
        return lambda c: c
    return cls


def _field_specs(obj):
    """``[(name, default, default_factory)]`` of a dataclass (or instance), MISSING where not given;
    None if obj is not a dataclass.

    The compiler records fields in ``__dataclass_fields__``, either as CPython does (a dict of
    Field) or as a tuple with one entry per field: ``("a",)`` (no default), ``("b", default)``,
    ``("c", None, factory)``; without it, ``__match_args__`` gives the names only.
    """
    recorded = getattr(obj, "__dataclass_fields__", None)
    if isinstance(recorded, dict):
        return [(name, f.default, f.default_factory) for name, f in recorded.items()]
    if isinstance(recorded, (list, tuple)):
        specs = []
        for entry in recorded:
            default = entry[1] if len(entry) == 2 else MISSING
            factory = entry[2] if len(entry) >= 3 else MISSING
            specs.append((entry[0], default, factory))
        return specs
    names = getattr(obj, "__match_args__", None)
    if names is None:
        return None
    return [(name, MISSING, MISSING) for name in names]


def _field_names(obj):
    specs = _field_specs(obj)
    return None if specs is None else [spec[0] for spec in specs]


def is_dataclass(obj):
    """Is obj a dataclass or an instance of one?"""
    return _field_names(obj) is not None


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple of Field."""
    specs = _field_specs(class_or_instance)
    if specs is None:
        raise TypeError("must be called with a dataclass type or instance")
    result = []
    for name, default, factory in specs:
        made = Field(default, factory)
        made.name = name
        result.append(made)
    return tuple(result)


def _is_instance(obj):
    return _field_names(obj) is not None and not isinstance(obj, type) and hasattr(obj, "__class__") and \
        getattr(obj, "__init__", None) is not None and not callable(obj)


def _convert(value, make_dict, make_tuple):
    if _is_instance(value):
        if make_dict is not None:
            return make_dict([(name, _convert(attribute(value, name), make_dict, make_tuple))
                              for name in _field_names(value)])
        return make_tuple([_convert(attribute(value, name), make_dict, make_tuple) for name in _field_names(value)])
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*[_convert(item, make_dict, make_tuple) for item in value])
    if isinstance(value, (list, tuple)):
        items = [_convert(item, make_dict, make_tuple) for item in value]
        return tuple(items) if isinstance(value, tuple) else items
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            result[_convert(key, make_dict, make_tuple)] = _convert(item, make_dict, make_tuple)
        return result
    return _copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, None)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing as ``asdict`` does."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, None, tuple_factory)


def replace(obj, **changes):
    """A new instance of obj's class with the same fields but for changes."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    values = {}
    for name in _field_names(obj):
        values[name] = attribute(obj, name)
    for name, value in changes.items():
        if name not in values:
            raise TypeError(type(obj).__name__ + ".__init__() got an unexpected keyword argument '" + name + "'")
        values[name] = value
    return type(obj)(**values)
