// pytk's additions to the generator's runtime. Functions listed on an "overrides:" line
// replace the runtime's own, which stay callable as __tx_<name>.

// overrides: __mod__ __truediv__ __floordiv__
// overrides: __eq__ __ne__ __in__ __or__ __and__ __xor__ __sub__
// overrides: property isinstance __i__
// overrides: py_enumerate zip __items__

function __pytk_zero_check__ (b, what) {
    if (b === 0 && typeof b == 'number') {
        throw ZeroDivisionError (what, new Error ());
    }
}

export function __truediv__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        __pytk_zero_check__ (b, Number.isInteger (a) && Number.isInteger (b) ? 'division by zero' : 'float division by zero');
        return __pytk_float__ (a / b);
    }
    const floatResult = __pytk_float_binary__ ('truediv', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    return __tx___truediv__ (a, b);
}

export function __floordiv__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        __pytk_zero_check__ (b, Number.isInteger (a) && Number.isInteger (b) ? 'integer division or modulo by zero' :
                                                                                'float floor division by zero');
        return __pytk_numeric_result__ (Math.floor (a / b), a, b);
    }
    const floatResult = __pytk_float_binary__ ('floordiv', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    return __tx___floordiv__ (a, b);
}

export function __mod__ (a, b) {
    if (typeof a == 'string') {
        return __pytk_percent__ (a, b);
    }
    if (typeof a == 'number' && typeof b == 'number') {
        __pytk_zero_check__ (b, Number.isInteger (a) && Number.isInteger (b) ? 'integer modulo by zero' : 'float modulo by zero');
        const result = a % b;
        return __pytk_numeric_result__ (result !== 0 && (result < 0) !== (b < 0) ? result + b : result, a, b);
    }
    const floatResult = __pytk_float_binary__ ('mod', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    return __tx___mod__ (a, b);
}

// printf-style formatting: "%s has %d items" % (name, n), "%(key)s" % mapping; as CPython's
// PyUnicode_Format, in strings.js.
export function __pytk_percent__ (template, values) {
    return __pytk_s_percent__ (template, values);
}

// ---- equality and membership with Python's meaning ----

export function frozenset (iterable) {
    const instance = set (iterable);
    instance.__class__ = frozenset;
    return instance;
}
frozenset.__name__ = 'frozenset';
frozenset.__bases__ = [object];

function __pytk_is_set__ (value) {
    return Array.isArray (value) && (value.__class__ === set || value.__class__ === frozenset);
}

function __pytk_is_dict__ (value) {
    return value !== null && typeof value == 'object' && value.__class__ === dict;
}

// Python's ==: numbers and bools by value, sequences element by element (a list never equals
// a tuple), sets and dicts by content, other objects through their __eq__.
export function __pytk_equal__ (a, b) {
    if (a === b) {
        return true;
    }
    if (a instanceof PyFloat) {
        a = a.value;
    }
    if (b instanceof PyFloat) {
        b = b.value;
    }
    const ta = typeof a;
    if (ta == 'number' || ta == 'boolean') {
        if (typeof b == 'number' || typeof b == 'boolean') {
            return Number (a) == Number (b);
        }
        return __pytk_reflected_equal__ (b, a);
    }
    if (a === null || a === undefined || b === null || b === undefined) {
        return false;
    }
    if (ta != 'object' || typeof b != 'object') {
        // An object against a str or a number: its __eq__ decides (an IntEnum member == 2).
        return ta == 'object' ? __pytk_reflected_equal__ (a, b) : __pytk_reflected_equal__ (b, a);
    }
    if (Array.isArray (a)) {
        if (!Array.isArray (b)) {
            return false;
        }
        if (a.__pytk_sync__ !== undefined) {
            a.__pytk_sync__ ();
        }
        if (b.__pytk_sync__ !== undefined) {
            b.__pytk_sync__ ();
        }
        if (__pytk_is_set__ (a) || __pytk_is_set__ (b) || __pytk_is_set_view__ (a) || __pytk_is_set_view__ (b)) {
            const setLike = function (value) { return __pytk_is_set__ (value) || __pytk_is_set_view__ (value); };
            if (!(setLike (a) && setLike (b)) || a.length != b.length) {
                return false;
            }
            return a.every (function (item) { return __pytk_contains__ (b, item); });
        }
        if ((a.__class__ === tuple) != (b.__class__ === tuple) || (a.__class__ === range) != (b.__class__ === range) ||
                a.length != b.length) {
            return false;
        }
        for (let index = 0; index < a.length; index++) {
            if (!__pytk_equal__ (a [index], b [index])) {
                return false;
            }
        }
        return true;
    }
    if (__pytk_is_dict__ (a)) {
        return a.__eq__ (b);
    }
    if (typeof a.__eq__ == 'function') {
        const result = a.__eq__ (b);
        if (result !== undefined && result !== NotImplemented) {
            return result;
        }
    }
    if (typeof b.__eq__ == 'function') {
        const result = b.__eq__ (a);
        if (result !== undefined && result !== NotImplemented) {
            return result;
        }
    }
    return false;
}

function __pytk_reflected_equal__ (object, other) {
    if (object !== null && typeof object == 'object' && !Array.isArray (object) && typeof object.__eq__ == 'function' &&
            object.__eq__ !== Object.prototype.__eq__ && !__pytk_is_dict__ (object)) {
        const result = object.__eq__ (other);
        return result === undefined || result === NotImplemented ? false : result;
    }
    return false;
}

// What a binary method returns for an operand it does not handle.
export var NotImplemented = Object.freeze ({
    __repr__ () { return 'NotImplemented'; },
    __str__ () { return 'NotImplemented'; },
    toString () { return 'NotImplemented'; },
});

export function __eq__ (a, b) {
    return __pytk_equal__ (a, b);
}

export function __ne__ (a, b) {
    if (a !== null && typeof a == 'object' && !Array.isArray (a) && typeof a.__ne__ == 'function'
            && a.__ne__ !== Object.prototype.__ne__) {
        return a.__ne__ (b);
    }
    return !__pytk_equal__ (a, b);
}

function __pytk_contains__ (sequence, element) {
    if (element === null || typeof element != 'object') {
        for (let index = 0; index < sequence.length; index++) {
            const item = sequence [index];
            if (item === element || (item !== null && __pytk_equal__ (item, element))) {
                return true;
            }
        }
        return false;
    }
    return sequence.some (function (item) { return __pytk_equal__ (item, element); });
}

export function __in__ (element, container) {
    if (container === undefined || container === null) {
        throw py_TypeError ("argument of type 'NoneType' is not iterable", new Error ());
    }
    if (typeof container == 'string') {
        if (typeof element != 'string') {
            throw py_TypeError ("'in <string>' requires string as left operand", new Error ());
        }
        return container.indexOf (element) > -1;
    }
    if (Array.isArray (container)) {
        if (container.__pytk_sync__ !== undefined) {
            container.__pytk_sync__ ();
        }
        return __pytk_contains__ (container, element);
    }
    return __pytk_seq_in__ (element, container);
}

// ---- set and dict operators ----

export function __or__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        return (a | 0) === a && (b | 0) === b ? a | b : __pytk_seq_bitwise__ ('|', a, b);
    }
    if (typeof a == 'boolean' && typeof b == 'boolean') {
        return __pytk_seq_bitwise__ ('|', a, b);
    }
    if (__pytk_is_set__ (a) && __pytk_is_set__ (b)) {
        return a.union (b);
    }
    if (__pytk_is_dict__ (a) && __pytk_is_dict__ (b)) {
        const merged = dict (a);
        merged.py_update (b);
        return merged;
    }
    return __tx___or__ (a, b);
}

export function __and__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        return (a | 0) === a && (b | 0) === b ? a & b : __pytk_seq_bitwise__ ('&', a, b);
    }
    if (typeof a == 'boolean' && typeof b == 'boolean') {
        return __pytk_seq_bitwise__ ('&', a, b);
    }
    if (__pytk_is_set__ (a) && __pytk_is_set__ (b)) {
        return a.intersection (b);
    }
    return __tx___and__ (a, b);
}

export function __xor__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        return (a | 0) === a && (b | 0) === b ? a ^ b : __pytk_seq_bitwise__ ('^', a, b);
    }
    if (typeof a == 'boolean' && typeof b == 'boolean') {
        return __pytk_seq_bitwise__ ('^', a, b);
    }
    if (__pytk_is_set__ (a) && __pytk_is_set__ (b)) {
        return a.symmetric_difference (b);
    }
    return __tx___xor__ (a, b);
}

export function __sub__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        return __pytk_numeric_result__ (a - b, a, b);
    }
    const floatResult = __pytk_float_binary__ ('sub', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    if (__pytk_is_set__ (a) && __pytk_is_set__ (b)) {
        return a.difference (b);
    }
    if (typeof a == 'string' || typeof b == 'string' || a === null || b === null || a === undefined || b === undefined) {
        throw py_TypeError ("unsupported operand type(s) for -: '" + __pytk_type_name__ (a) + "' and '" +
            __pytk_type_name__ (b) + "'", new Error ());
    }
    return __tx___sub__ (a, b);
}

// ---- classes and errors ----

// A property may be redefined by a subclass.
export function property (getter, setter) {
    const descriptor = __tx_property (getter, setter);
    descriptor.configurable = true;
    if (!setter) {
        descriptor.set = function () {
            throw AttributeError ("can't set attribute", new Error ());
        };
    }
    return descriptor;
}

// An error thrown by JavaScript itself (reading an attribute of None, a stack overflow, ...)
// becomes the matching Python exception the first time an except clause looks at it.
const __pytk_js_errors__ = [
    [/Cannot read propert|Cannot set propert|is not a function|is not iterable|undefined|null/, 'AttributeError'],
    [/Maximum call stack/, 'RecursionError'],
];

// JavaScript's wording of an error, in CPython's words where there is a direct equivalent.
const __pytk_js_messages__ = [
    [/^Cannot read properties of (?:null|undefined) \(reading '(.*)'\)$/, "'NoneType' object has no attribute '$1'"],
    [/^Cannot set properties of (?:null|undefined) \(setting '(.*)'\)$/, "'NoneType' object has no attribute '$1'"],
    [/^(\w+) is not defined$/, "name '$1' is not defined"],
    [/^Maximum call stack size exceeded$/, 'maximum recursion depth exceeded'],
];

function __pytk_python_message__ (message) {
    for (const [pattern, replacement] of __pytk_js_messages__) {
        if (pattern.test (message)) {
            return message.replace (pattern, replacement);
        }
    }
    return message;
}

function __pytk_adopt__ (error) {
    if (!(error instanceof Error) || '__args__' in error) {
        return error;
    }
    let pythonClass = error instanceof RangeError ? ValueError : error instanceof ReferenceError ? NameError : py_TypeError;
    for (const [pattern, name] of __pytk_js_errors__) {
        if (pattern.test (error.message)) {
            pythonClass = name == 'AttributeError' && error instanceof TypeError ? AttributeError :
                name == 'RecursionError' ? RecursionError : pythonClass;
            break;
        }
    }
    Object.setPrototypeOf (error, pythonClass);
    Object.defineProperty (error, '__class__', {value: pythonClass, enumerable: false, writable: true});
    Object.defineProperty (error, '__args__', {value: [__pytk_python_message__ (error.message)],
                                               enumerable: false, writable: true});
    return error;
}

export function isinstance (anObject, classinfo) {
    if (anObject instanceof Error && !('__args__' in anObject)) {
        __pytk_adopt__ (anObject);
    }
    return __tx_isinstance (anObject, classinfo);
}

// ---- containers ----

export function __pytk_delslice__ (container, start, stop, step) {
    if (!Array.isArray (container) && container !== null && typeof container == 'object' &&
            typeof container.__delitem__ == 'function') {
        container.__delitem__ (slice (start, stop, step));
        return;
    }
    __pytk_seq_check_delete__ (container);
    const length = container.length;
    step = step === null || step === undefined ? 1 : step;
    if (step === 0) {
        throw ValueError ('slice step cannot be zero', new Error ());
    }
    const clamp = function (value, fallback) {
        if (value === null || value === undefined) {
            return fallback;
        }
        value = value < 0 ? value + length : value;
        return Math.min (Math.max (value, step < 0 ? -1 : 0), step < 0 ? length - 1 : length);
    };
    const first = clamp (start, step > 0 ? 0 : length - 1);
    const last = clamp (stop, step > 0 ? length : -1);
    const doomed = [];
    for (let index = first; step > 0 ? index < last : index > last; index += step) {
        doomed.push (index);
    }
    doomed.sort (function (a, b) { return b - a; }).forEach (function (index) { container.splice (index, 1); });
}

export function __pytk_delitem__ (container, key) {
    if (Array.isArray (container)) {
        __pytk_seq_check_delete__ (container);
    const index = key < 0 ? container.length + key : key;
        if (index < 0 || index >= container.length) {
            throw IndexError ('list assignment index out of range', new Error ());
        }
        container.splice (index, 1);
        return;
    }
    if (typeof container.__delitem__ == 'function') {
        container.__delitem__ (key);
        return;
    }
    if (!Object.prototype.hasOwnProperty.call (container, key)) {
        throw KeyError (key, new Error ());
    }
    delete container [key];
}

export function __pytk_dict_merge__ (parts) {
    const merged = dict ();
    for (const part of parts) {
        merged.py_update (part);
    }
    return merged;
}

// ---- numbers ----

// overrides: pow __add__
function __pytk_type_name__ (value) {
    if (value === null || value === undefined) {
        return 'NoneType';
    }
    if (typeof value == 'number') {
        return Number.isInteger (value) ? 'int' : 'float';
    }
    if (typeof value == 'boolean') {
        return 'bool';
    }
    const type = py_typeof (value);
    return type && type.__name__ ? type.__name__ : typeof value;
}

export function __add__ (a, b) {
    const ta = typeof a, tb = typeof b;
    if (ta == 'number' && tb == 'number') {
        return __pytk_numeric_result__ (a + b, a, b);
    }
    const floatResult = __pytk_float_binary__ ('add', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    if (ta == 'string' && tb == 'string') {
        return a + b;
    }
    if (ta == 'object' && a !== null && !Array.isArray (a) && typeof a.__add__ == 'function') {
        return a.__add__ (b);
    }
    if (ta == 'string' || tb == 'string' || a === null || b === null || a === undefined || b === undefined) {
        if (ta == 'string') {
            throw py_TypeError ('can only concatenate str (not "' + __pytk_type_name__ (b) + '") to str', new Error ());
        }
        throw py_TypeError ("unsupported operand type(s) for +: '" + __pytk_type_name__ (a) + "' and '" +
            __pytk_type_name__ (b) + "'", new Error ());
    }
    return __tx___add__ (a, b);
}

// The inverse of a modulo m (extended Euclid), for pow (a, -n, m).
function __pytk_modular_inverse__ (a, m) {
    let [r0, r1] = [((a % m) + m) % m, Math.abs (m)];
    let [s0, s1] = [1, 0];
    while (r1 !== 0) {
        const q = Math.floor (r0 / r1);
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
    }
    if (r0 !== 1) {
        throw ValueError ('base is not invertible for the given modulus', new Error ());
    }
    return s0;
}

export function pow (base, exponent, modulus) {
    if (modulus === undefined || modulus === null) {
        return __pow__ (base, exponent);
    }
    if (![base, exponent, modulus].every (function (n) { return typeof n == 'number' && Number.isInteger (n); })) {
        throw py_TypeError ('pow() 3rd argument not allowed unless all arguments are integers', new Error ());
    }
    if (modulus === 0) {
        throw ValueError ('pow() 3rd argument cannot be 0', new Error ());
    }
    if (exponent < 0) {
        base = __pytk_modular_inverse__ (base, modulus);
        exponent = -exponent;
    }
    let result = 1;
    base = ((base % modulus) + modulus) % modulus;
    while (exponent > 0) {
        if (exponent % 2 == 1) {
            result = (result * base) % modulus;
        }
        exponent = Math.floor (exponent / 2);
        base = (base * base) % modulus;
    }
    return result;
}

// ---- iteration ----

function* __pytk_protocol_iterator__ (iterator) {
    while (true) {
        let value;
        try {
            value = iterator.__next__ ();
        }
        catch (exception) {
            if (isinstance (exception, StopIteration)) {
                return;
            }
            throw exception;
        }
        yield value;
    }
}

// What a for loop iterates: a dict's keys, or anything iterable in Python's sense.
export function __i__ (any) {
    if (any === null || any === undefined) {
        throw py_TypeError ("'NoneType' object is not iterable", new Error ());
    }
    if (Array.isArray (any)) {
        return any.__pytk_sync__ === undefined ? any : any.__pytk_sync__ ();
    }
    if (typeof any == 'string') {
        return any;
    }
    if (py_typeof (any) == dict) {
        return any;
    }
    if (typeof any.__iter__ == 'function' && typeof any [Symbol.iterator] != 'function') {
        return __pytk_protocol_iterator__ (any.__iter__ ());
    }
    if (typeof any [Symbol.iterator] == 'function') {
        return any;
    }
    if (typeof any.__next__ == 'function') {
        return __pytk_protocol_iterator__ (any);
    }
    if (typeof any.__getitem__ == 'function') {
        return __pytk_seq_getitem_iterator__ (any);
    }
    throw py_TypeError ("'" + (py_typeof (any).__name__ || typeof any) + "' object is not iterable", new Error ());
}

// enumerate, zip and dict.items() give tuples, as in Python.
function* __pytk_enumerate__ (iterable, start) {
    if (start === undefined || start === null) {
        start = 0;
    }
    else if (start.hasOwnProperty ('__kwargtrans__')) {
        start = start.start === undefined ? 0 : start.start;
    }
    let number = start;
    for (const item of __i__ (iterable)) {
        yield tuple ([number, item]);
        number += 1;
    }
}
export var py_enumerate = __pytk_enumerate__;

export function zip (...iterables) {
    return __pytk_seq_zip__ (iterables);
}

function __items__ () {
    return __tx___items__.call (this).map (function (pair) { return tuple (pair); });
}

// ---- floats ----

// Python's repr of a float that JavaScript holds as an integral number.
function __pytk_float_repr__ (value) {
    if (value !== value) {
        return 'nan';
    }
    if (value === Infinity || value === -Infinity) {
        return value > 0 ? 'inf' : '-inf';
    }
    if (Number.isInteger (value)) {
        if (Math.abs (value) >= 1e16) {
            return value.toExponential ();
        }
        return (Object.is (value, -0) ? '-0' : String (value)) + '.0';
    }
    return repr (value);
}

// A float with an integral value (see floats.js): prints like CPython's float.
function PyFloat (value) {
    this.value = value;
}
PyFloat.prototype.__str__ = function () { return __pytk_float_repr__ (this.value); };
PyFloat.prototype.__repr__ = PyFloat.prototype.__str__;
PyFloat.prototype.valueOf = function () { return this.value; };
PyFloat.prototype.toString = PyFloat.prototype.__str__;
PyFloat.prototype.__format__ = function (spec) {
    if (!spec || !/[bcdeEfFgGnosxX%]$/.test (spec)) {
        return format (__pytk_float_repr__ (this.value), spec || '');
    }
    return format (this.value, spec);
};

// The float with this value: a plain number when it has a fractional part, else a PyFloat
// (the common small ones shared: a PyFloat never changes).
const __pytk_float_cache__ = new Map ();
const __pytk_negative_zero__ = new PyFloat (-0);

export function __pytk_float__ (value) {
    if (typeof value != 'number' || !Number.isInteger (value)) {
        return value;               // a fraction, NaN or an infinity: a float already
    }
    if (Object.is (value, -0)) {
        return __pytk_negative_zero__;
    }
    let box = __pytk_float_cache__.get (value);
    if (box === undefined) {
        box = new PyFloat (value);
        if (__pytk_float_cache__.size < 1024) {
            __pytk_float_cache__.set (value, box);
        }
    }
    return box;
}

// ---- functions ----

// A function's __name__ is its JavaScript name, until code assigns another.
Object.defineProperty (Function.prototype, '__name__', {
    get: function () { return this.name; },
    set: function (value) { Object.defineProperty (this, '__name__', {value: value, writable: true, configurable: true}); },
    configurable: true
});

// ---- classes ----

// A JavaScript Error passed to an exception class only supplies the stack.
export function __pytk_is_js_error__ (value) {
    return value instanceof Error && !('__args__' in value);
}

// C3 linearization of a class's bases, as type.__mro__.
function __pytk_mro__ (cls) {
    const merge = function (sequences) {
        const result = [];
        sequences = sequences.filter (function (s) { return s.length; });
        while (sequences.length) {
            let head = null;
            for (const sequence of sequences) {
                const candidate = sequence [0];
                if (!sequences.some (function (s) { return s.indexOf (candidate) > 0; })) {
                    head = candidate;
                    break;
                }
            }
            if (head === null) {
                throw py_TypeError ('Cannot create a consistent method resolution order (MRO)', new Error ());
            }
            result.push (head);
            sequences = sequences.map (function (s) { return s [0] === head ? s.slice (1) : s; })
                .filter (function (s) { return s.length; });
        }
        return result;
    };
    const bases = cls.__bases__ || [];
    return [cls].concat (merge (bases.map (function (base) { return __pytk_mro__ (base); }).concat ([bases.slice ()])));
}

Object.defineProperty (Function.prototype, '__mro__', {
    get: function () { return tuple (__pytk_mro__ (this)); },
    configurable: true
});
Object.defineProperty (object, '__mro__', {
    get: function () { return tuple ([object]); },
    configurable: true
});

// overrides: getattr hasattr
export function getattr (obj, name, fallback) {
    const hasFallback = arguments.length >= 3;
    if (obj !== null && obj !== undefined) {
        const holder = Object (obj);
        const key = name in holder ? name : ('py_' + name) in holder ? 'py_' + name : null;
        if (key !== null) {
            const value = obj [key];
            if (value !== undefined) {
                return value;
            }
        }
        if (typeof holder.__getattr__ == 'function') {
            try {
                return holder.__getattr__ (name);
            }
            catch (exception) {
                if (!(hasFallback && isinstance (exception, AttributeError))) {
                    throw exception;
                }
            }
        }
    }
    if (hasFallback) {
        return fallback;
    }
    throw AttributeError ("'" + __pytk_type_name__ (obj) + "' object has no attribute '" + name + "'", new Error ());
}

export function hasattr (obj, name) {
    try {
        getattr (obj, name);
        return true;
    }
    catch (exception) {
        if (isinstance (exception, AttributeError)) {
            return false;
        }
        throw exception;
    }
}

export function vars (obj) {
    const pairs = [];
    for (const key of Object.keys (obj)) {
        if (!__specialattrib__ (key) || key.startsWith ('py_')) {
            pairs.push ([key.startsWith ('py_') ? key.slice (3) : key, obj [key]]);
        }
    }
    return dict (pairs);
}

// `raise SomeError` (a class) raises an instance, as in Python.
export function __pytk_raise__ (what) {
    return typeof what == 'function' && what.__bases__ !== undefined ? what () : what;
}

// `raise X` inside an except block: X remembers the handled exception as its __context__.
export function __pytk_chain__ (what, handled) {
    const error = __pytk_raise__ (what);
    if (handled !== null && handled !== undefined && error !== handled && error !== null && typeof error == 'object'
            && (error.__context__ === null || error.__context__ === undefined)) {
        error.__context__ = __pytk_adopt__ (handled);
    }
    return error;
}

// `raise X from Y`: Y (None included) becomes X's __cause__ and the context is suppressed.
export function __pytk_cause__ (what, cause, handled) {
    const error = __pytk_chain__ (what, handled);
    if (error !== null && typeof error == 'object') {
        error.__cause__ = cause === null || cause === undefined ? null : __pytk_raise__ (cause);
        error.__suppress_context__ = true;
    }
    return error;
}

// Python calls the nearest base's __init_subclass__ with the new class.
export function __pytk_init_subclass__ (cls) {
    for (const base of __pytk_mro__ (cls).slice (1)) {
        const descriptor = Object.getOwnPropertyDescriptor (base, '__init_subclass__');
        if (descriptor) {
            // Read from the class, the generator's getter hands back the plain function.
            const hook = descriptor.get ? descriptor.get.call (cls) : descriptor.value;
            return hook (cls);
        }
    }
}

Object.defineProperty (Function.prototype, '__qualname__', {
    get: function () { return this.__name__; },
    configurable: true
});

Object.defineProperty (object, '__init_subclass__', {value: function () {}, enumerable: false, configurable: true});

// overrides: __super__
// super().method(...) continues along the method resolution order of the instance's class.
export function __super__ (aClass, methodName) {
    return function (self) {
        const start = self && self.__class__ ? self.__class__ : self;
        const mro = typeof start == 'function' && start.__bases__ ? __pytk_mro__ (start) : __pytk_mro__ (aClass);
        const after = mro.indexOf (aClass);
        for (const cls of mro.slice (after + 1)) {
            const descriptor = Object.getOwnPropertyDescriptor (cls, methodName);
            if (descriptor) {
                const method = descriptor.get ? descriptor.get.call (cls) : descriptor.value;
                return method.apply (null, arguments);
            }
        }
        if (methodName == '__init__' || methodName == '__init_subclass__') {
            return null;
        }
        throw AttributeError ("'super' object has no attribute '" + methodName + "'", new Error ());
    };
}

// overrides: divmod
export function divmod (n, d) {
    return __pytk_divmod__ (n, d);
}

// ---- calls ----

// overrides: __call__ __get__ assert
// Calls and bound methods without copying the arguments into new arrays on every call.
export function __call__ (callee, self, ...args) {
    if (typeof callee == 'function') {
        return callee.apply (self, args);
    }
    if (callee === object) {
        return __pytk_new_object__ (args);
    }
    if (callee !== null && typeof callee == 'object' && '__call__' in callee) {
        return callee.__call__.apply (self, args);
    }
    throw py_TypeError ("'" + __pytk_type_name__ (callee) + "' object is not callable", new Error ());
}

// object (): a featureless instance (a sentinel).
function __pytk_new_object__ (args) {
    if (args.length) {
        throw py_TypeError ('object() takes no arguments', new Error ());
    }
    const instance = Object.create (object);
    Object.defineProperty (instance, '__class__', {value: object, enumerable: false, writable: true});
    return instance;
}

// assert x and assert x, message: x by Python's truth; a bare assert raises AssertionError without arguments.
export function assert (condition, message) {
    if (!__t__ (condition)) {
        throw message === undefined ? AssertionError (new Error ()) : AssertionError (message, new Error ());
    }
}

// A list display used as a key (d [[1, 2]]): a list, not the tuple a plain array stands for there.
export function __pytk_list_key__ (items) {
    Object.defineProperty (items, '__class__', {value: list, enumerable: false, writable: true, configurable: true});
    return items;
}

export function __get__ (aThis, func, quotedFuncName) {
    if (aThis && !quotedFuncName && (aThis.hasOwnProperty ('__class__') || typeof aThis == 'string' || aThis instanceof String)) {
        const self = aThis.__proxy__ ? aThis.__proxy__ : aThis;
        return function (...args) {
            return func (self, ...args);
        };
    }
    return __tx___get__ (aThis, func, quotedFuncName);
}

// ---- unary operators ----

export function __pytk_invert__ (value) {
    if (typeof value == 'number' || typeof value == 'boolean') {
        const number = Number (value);
        return number >= -2147483648 && number <= 2147483647 ? ~number : -number - 1;
    }
    if (value !== null && value !== undefined && typeof value.__invert__ == 'function') {
        return value.__invert__ ();
    }
    throw py_TypeError ("bad operand type for unary ~: '" + __pytk_type_name__ (value) + "'", new Error ());
}

export function __pytk_pos__ (value) {
    if (typeof value == 'number' || typeof value == 'boolean') {
        return Number (value);
    }
    if (value !== null && value !== undefined && typeof value.__pos__ == 'function') {
        return value.__pos__ ();
    }
    throw py_TypeError ("bad operand type for unary +: '" + __pytk_type_name__ (value) + "'", new Error ());
}

// ---- Ellipsis ----

// `...` used as a value compiles to this singleton (see pytk.compiler.ellipsis): it prints as
// `Ellipsis`, its type is `ellipsis`, and calling that type gives the singleton back.
function __pytk_ellipsis_type__ () {
    return Ellipsis;
}
__pytk_ellipsis_type__.__name__ = 'ellipsis';
__pytk_ellipsis_type__.__module__ = 'builtins';
__pytk_ellipsis_type__.__bases__ = [object];

// Not a plain object, which the runtime would take for a dict (and find false, being empty).
export var Ellipsis = Object.freeze (Object.create (Object.freeze ({
    __class__: __pytk_ellipsis_type__,
    __repr__: function () {
        return 'Ellipsis';
    },
    __str__: function () {
        return 'Ellipsis';
    }
})));

// ---- `a and b` ----

// `a and b` compiles to `__pytk_and__ (a) ? b : __pytk_and_operand__ ()`: the false operand is
// kept here, and nothing runs between keeping and taking it.
let __pytk_and_kept__ = null;

export function __pytk_and__ (value) {
    __pytk_and_kept__ = value;
    return __t__ (value);
}

export function __pytk_and_operand__ () {
    const value = __pytk_and_kept__;
    __pytk_and_kept__ = null;
    return value;
}
