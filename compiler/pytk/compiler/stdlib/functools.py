"""Higher-order functions: a browser version of the stdlib module ``functools``.

``partial`` objects are real JavaScript functions (so they can be handed to browser APIs such
as ``addEventListener``) that are also instances of ``partial``. ``lru_cache`` and ``cache``
work with and without arguments and give the wrapper ``cache_info``, ``cache_clear`` and
``cache_parameters``. ``cached_property`` is a read-only property that computes its value
once per instance.
"""

from collections import namedtuple
from _pytk_stdlib import callable_instances

__all__ = ["cache", "cached_property", "cmp_to_key", "lru_cache", "partial", "reduce", "singledispatch",
           "total_ordering", "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

class _Marker:
    """A unique value: separates keyword arguments in cache keys; marks a missing value."""


_MISSING = _Marker()


def reduce(func, iterable, *initial):
    """Apply ``func`` of two arguments cumulatively to the items of ``iterable``."""
    if len(initial) > 1:
        raise TypeError("reduce expected at most 3 arguments, got " + str(len(initial) + 2))
    started = len(initial) == 1
    value = initial[0] if started else None
    for item in iterable:
        if started:
            value = func(value, item)
        else:
            value = item
            started = True
    if not started:
        raise TypeError("reduce() of empty iterable with no initial value")
    return value


__pragma__('js', '{}', '''
// Copy what update_wrapper copies, where the wrapped function has it.
function _pytk_copy_attributes (wrapper, wrapped, assigned, updated) {
    for (const name of assigned) {
        let value;
        try {
            value = wrapped [name];
        }
        catch (error) {
            continue;
        }
        if (value !== undefined) {
            try {
                Object.defineProperty (wrapper, name, {value: value, writable: true, configurable: true});
            }
            catch (error) {
            }
        }
    }
    if (updated.indexOf ('__dict__') >= 0 && (typeof wrapped == 'function' || typeof wrapped == 'object')) {
        for (const key of Object.keys (wrapped)) {
            if (!(key in wrapper) || Object.prototype.hasOwnProperty.call (wrapper, key)) {
                try {
                    wrapper [key] = wrapped [key];
                }
                catch (error) {
                }
            }
        }
    }
    wrapper.__wrapped__ = wrapped;
    return wrapper;
}

// Make a method of cls from a plain function, the way the generator makes them.
function _pytk_set_method (cls, name, func) {
    Object.defineProperty (cls, name, {
        get: function () { return __get__ (this, func, name); },
        enumerable: true, configurable: true,
    });
}

''')


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make ``wrapper`` look like ``wrapped``: its name, docstring, attributes and ``__wrapped__``."""
    return _pytk_copy_attributes(wrapper, wrapped, list(assigned), list(updated))


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of ``update_wrapper``."""
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


class partial:
    """``partial(func, *args, **keywords)``: ``func`` with some arguments filled in."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = tuple(func.args) + tuple(args)
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for arg in self.args:
            parts.append(repr(arg))
        for key, value in self.keywords.items():
            parts.append(key + "=" + repr(value))
        return "functools.partial(" + ", ".join(parts) + ")"


def _call_partial(self, *args, **kwargs):
    keywords = dict(self.keywords)
    keywords.update(kwargs)
    if len(keywords) == 0:  # a JavaScript function must not get an empty keyword object
        return self.func(*self.args, *args)
    return self.func(*self.args, *args, **keywords)


callable_instances(partial, _call_partial)


class partialmethod:
    """A method with some arguments filled in (define it in a class body)."""

    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _make_key(args, kwargs, typed):
    key = list(args)
    if kwargs:
        key.append(_MISSING)
        for name, value in kwargs.items():
            key.append(name)
            key.append(value)
    if typed:
        for value in args:
            key.append(type(value).__name__)
    return tuple(key)


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwargs):
        key = _make_key(args, kwargs, typed)
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwargs) if kwargs else user_function(*args)
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                oldest = list(cache.keys())[0]
                del cache[oldest]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping the ``maxsize`` most recent results (``None``: all of them).

    Use it as ``@lru_cache``, ``@lru_cache()`` or ``@lru_cache(maxsize=32)``.
    """
    if callable(maxsize) and not isinstance(maxsize, bool):
        return _lru_wrapper(maxsize, 128, typed)
    if maxsize is not None:
        if not isinstance(maxsize, int):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        if maxsize < 0:
            maxsize = 0

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    """Memoize a function without limit (``lru_cache(maxsize=None)``)."""
    return _lru_wrapper(user_function, None, False)


class cached_property:
    """A property computed on first access and then kept on the instance.

    Compiled classes call a method decorator on every attribute access, so this needs the
    compiler to turn ``@cached_property`` into ``@property`` around :func:`_cached_value`.
    """

    def __init__(self, func):
        self.func = func
        self.attrname = getattr(func, "__name__", None)

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _cached_value(instance, self.attrname, self.func)


def _cached_value(instance, name, func):
    """The value of ``func(instance)``, computed once per instance and name."""
    slot = "_pytk_cached_" + name
    cached = getattr(instance, slot, _MISSING)
    if cached is not _MISSING:
        return cached
    value = func(instance)
    setattr(instance, slot, value)
    return value


def total_ordering(cls):
    """Class decorator: from ``__eq__`` and one of ``__lt__``, ``__le__``, ``__gt__``, ``__ge__``,
    define the other orderings."""
    roots = [name for name in ("__lt__", "__le__", "__gt__", "__ge__") if _defines(cls, name)]
    if len(roots) == 0:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    for preferred in ("__lt__", "__le__", "__gt__", "__ge__"):
        if preferred in roots:
            root = preferred
            break
    for name, derived in _DERIVED[root]:
        if name not in roots:
            _pytk_set_method(cls, name, derived)
    return cls


def _defines(cls, name):
    return getattr(cls, name, None) is not None


def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    return not result


_DERIVED = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function for ``sorted``."""
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __hash__(self):
            raise TypeError("unhashable type: 'functools.KeyWrapper'")
    return K


def singledispatch(func):
    """A function that picks an implementation by the type of its first argument."""
    registry = {}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, implementation=None):
        if implementation is None:
            return lambda f: register(cls, f)
        registry[cls] = implementation
        return implementation

    def wrapper(*args, **kwargs):
        if len(args) == 0:
            raise TypeError(getattr(func, "__name__", "singledispatch function") + " requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kwargs)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
