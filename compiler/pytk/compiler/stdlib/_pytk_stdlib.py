"""Helpers shared by pytk's browser versions of stdlib modules (not a public module)."""

_BUILTIN_TYPES = None


def _builtin_types():
    global _BUILTIN_TYPES
    if _BUILTIN_TYPES is None:
        _BUILTIN_TYPES = [(list, "list"), (dict, "dict"), (set, "set"), (tuple, "tuple"), (str, "str"),
                          (int, "int"), (float, "float"), (bool, "bool"), (frozenset, "frozenset"),
                          (object, "object")]
    return _BUILTIN_TYPES


def type_repr(value):
    """repr() of a class or function as CPython writes it: ``<class 'list'>``, ``<class '__main__.P'>``."""
    if value is None:
        return "None"
    for builtin, name in _builtin_types():
        if value is builtin:
            return "<class '" + name + "'>"
    if hasattr(value, "__bases__") and hasattr(value, "__name__"):
        module = getattr(value, "__module__", None)
        if module is None or module == "builtins":
            return "<class '" + value.__name__ + "'>"
        return "<class '" + module + "." + value.__name__ + "'>"
    if callable(value) and hasattr(value, "__name__"):
        name = value.__name__
        if name == "" or name == "__lambda__":
            name = "<lambda>"
        return "<function " + name + ">"
    return repr(value)


def is_less(a, b):
    return a < b


def merge_sort(items, key=None, reverse=False):
    """A new list of ``items`` sorted with Python's ``<`` (stable, as ``sorted``)."""
    keyed = []
    for index, item in enumerate(items):
        keyed.append((item if key is None else key(item), index, item))
    ordered = _merge(keyed, reverse)
    return [entry[2] for entry in ordered]


def _merge(entries, reverse):
    if len(entries) < 2:
        return entries
    middle = len(entries) // 2
    left = _merge(entries[:middle], reverse)
    right = _merge(entries[middle:], reverse)
    merged = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if reverse:
            take_right = left[i][0] < right[j][0]
        else:
            take_right = right[j][0] < left[i][0]
        if take_right:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    while i < len(left):
        merged.append(left[i])
        i += 1
    while j < len(right):
        merged.append(right[j])
        j += 1
    return merged


def python_name(js_name):
    """The Python name of an identifier that the generator renamed (``py_name`` is ``name``)."""
    return js_name[3:] if js_name.startswith("py_") else js_name


__pragma__('js', '{}', '''
// Instances of cls are JavaScript functions (so browser APIs and the runtime can call them) whose
// prototype is cls: calling one runs callThrough (instance, ...arguments).
function _pytk_callable_instances (cls, callThrough) {
    Object.defineProperty (cls, '__new__', {
        value: function (args) {
            const made = function () {
                return callThrough.apply (null, [made].concat (Array.prototype.slice.call (arguments)));
            };
            Object.setPrototypeOf (made, this);
            Object.defineProperty (made, '__class__', {value: this, enumerable: true, configurable: true});
            this.__init__.apply (null, [made].concat (args));
            return made;
        },
        writable: true, enumerable: true, configurable: true,
    });
}

// getattr (obj, name), where the generator stores some names renamed (name as py_name).
function _pytk_attribute (obj, name) {
    if (obj !== null && obj !== undefined && !name.startsWith ('py_') && ('py_' + name) in Object (obj)) {
        return getattr (obj, 'py_' + name);
    }
    return getattr (obj, name);
}

// getattr (obj, name) bound to obj (a method of a str or number included).
function _pytk_bound_attribute (obj, name) {
    const value = _pytk_attribute (obj, name);
    if (typeof value == 'function' && (typeof obj == 'string' || typeof obj == 'number' || typeof obj == 'boolean')) {
        return value.bind (obj);
    }
    return value;
}
''')


def callable_instances(cls, call_through):
    """Make instances of ``cls`` JavaScript functions that run ``call_through(instance, *args)``."""
    _pytk_callable_instances(cls, call_through)


def attribute(obj, name):
    """``getattr(obj, name)`` (also for the names the generator renames, such as ``name``)."""
    return _pytk_attribute(obj, name)


def bound_attribute(obj, name):
    """``getattr(obj, name)``, bound to ``obj`` when it is a method of a str or number."""
    return _pytk_bound_attribute(obj, name)
