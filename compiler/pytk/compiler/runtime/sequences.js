// Python's sequences, ordering and iteration builtins for compiled code: list, tuple, range,
// slice and set behaviour (methods, indexing, slicing, repetition, in-place operators and the
// errors CPython raises), ordering with <, <=, > and >= (lexicographic for lists and tuples,
// subsets for sets, reflected methods for classes, TypeError for unorderable values), a stable
// sort and sorted () with Python's ordering, the builtins that take any iterable (list, sum, min,
// max, any, all, map, filter, iter, next, reversed, ...), print () with sep and end, type () of
// builtin values, id (), and the shift and bitwise operators on integers past 32 bits.
//
// Lists are JavaScript arrays; a tuple, set, frozenset or range is an array whose own __class__
// says so (a range also keeps start, stop and step, and holds its items). Every override first
// tries the common case (numbers, plain arrays) and only then looks further: these functions run
// in the innermost loops of compiled code.
//
// Builtins that another runtime file already overrides (py_reversed, max and min in dicts.js,
// the ordering operators in strings.js) are refined underneath that override: it handles its
// own cases and falls back on the generator's original, __tx_<name>, which this file replaces
// (or, should that file stop overriding the name, the builtin itself). Text in this file must
// not contain two slashes in a row outside comments: the generator strips the rest of the line.

// overrides: len list range any all sum py_iter py_next py_typeof __t__
// overrides: __getitem__ __setitem__ __getslice__ __setslice__ __mul__ __lshift__ __rshift__
// overrides: __iadd__ __isub__ __imul__ __ior__ __iand__ __ixor__ __ilshift__ __irshift__
// overrides: sorted map filter print

// ---- errors, names and arguments ----

function __pytk_seq_type_error__ (message) {
    return py_TypeError (message, new Error ());
}

function __pytk_seq_value_error__ (message) {
    return ValueError (message, new Error ());
}

function __pytk_seq_index_error__ (message) {
    return IndexError (message, new Error ());
}

function __pytk_seq_stop__ (value) {
    return value === undefined ? StopIteration (new Error ()) : StopIteration (value, new Error ());
}

// The name of a value's Python type, for messages.
function __pytk_seq_typename__ (value) {
    if (value === null || value === undefined) {
        return 'NoneType';
    }
    switch (typeof value) {
        case 'number':
            return Number.isInteger (value) ? 'int' : 'float';
        case 'string':
            return 'str';
        case 'boolean':
            return 'bool';
        case 'bigint':
            return 'int';
        case 'function':
            return value.__bases__ !== undefined ? 'type' : 'function';
    }
    if (value instanceof PyFloat) {
        return 'float';
    }
    const cls = value.__class__;
    return cls && cls.__name__ ? cls.__name__ : 'object';
}

function __pytk_seq_is_kwargs__ (value) {
    return value !== null && typeof value == 'object' && !Array.isArray (value) &&
        Object.prototype.hasOwnProperty.call (value, '__kwargtrans__');
}

// The keyword arguments object at the end of args, removed from it, or null.
function __pytk_seq_kwargs__ (args) {
    return args.length && __pytk_seq_is_kwargs__ (args [args.length - 1]) ? args.pop () : null;
}

function __pytk_seq_option__ (options, name, fallback) {
    return options !== null && Object.prototype.hasOwnProperty.call (options, name) ? options [name] : fallback;
}

// An argument that must be an int (operator.index in CPython).
function __pytk_seq_int__ (value, message) {
    if (typeof value == 'number' && Number.isInteger (value)) {
        return value;
    }
    if (typeof value == 'boolean') {
        return +value;
    }
    if (value !== null && value !== undefined && typeof value.__index__ == 'function') {
        return value.__index__ ();
    }
    throw __pytk_seq_type_error__ (message ? message : "'" + __pytk_seq_typename__ (value) +
        "' object cannot be interpreted as an integer");
}

function __pytk_seq_method__ (target, name, method) {
    Object.defineProperty (target, name, {value: method, writable: true, configurable: true, enumerable: false});
}

// ---- types of builtin values ----

function __pytk_seq_type__ (name, call) {
    const cls = call ? call : function () {
        throw __pytk_seq_type_error__ ("cannot create '" + name + "' instances");
    };
    cls.__name__ = name;
    cls.__bases__ = [object];
    cls.__module__ = 'builtins';
    return cls;
}

const __pytk_seq_none_type__ = __pytk_seq_type__ ('NoneType', function () { return null; });
const __pytk_seq_function_type__ = __pytk_seq_type__ ('function');
const __pytk_seq_builtin_type__ = __pytk_seq_type__ ('builtin_function_or_method');
const __pytk_seq_generator_type__ = __pytk_seq_type__ ('generator');
const __pytk_seq_list_iterator_type__ = __pytk_seq_type__ ('list_iterator');
let __pytk_seq_builtins__ = null;

function __pytk_seq_is_builtin__ (value) {
    if (__pytk_seq_builtins__ === null) {
        __pytk_seq_builtins__ = new Set ([len, print, sorted, sum, min, max, abs, any, all, repr, py_iter, py_next,
            isinstance, issubclass, callable, getattr, setattr, hasattr, delattr, divmod, round, pow, chr, ord,
            hex, oct, bin, format, input, dir, id]);
        if (typeof hash == 'function') {
            __pytk_seq_builtins__.add (hash);
        }
        if (typeof vars == 'function') {
            __pytk_seq_builtins__.add (vars);
        }
    }
    return __pytk_seq_builtins__.has (value);
}

// type (x): int for integral numbers, float for the others, NoneType, the class of a class...
export function py_typeof (value) {
    switch (typeof value) {
        case 'number':
            return Number.isInteger (value) ? int : float;
        case 'string':
            return str;
        case 'boolean':
            return bool;
        case 'undefined':
            return __pytk_seq_none_type__;
        case 'bigint':
            return int;
        case 'function':
            if (value.__bases__ !== undefined) {
                return value.__metaclass__ || py_metatype;
            }
            return __pytk_seq_is_builtin__ (value) ? __pytk_seq_builtin_type__ : __pytk_seq_function_type__;
        case 'object':
            if (value === null) {
                return __pytk_seq_none_type__;
            }
            if (value === py_metatype) {
                return py_metatype;
            }
            if (value instanceof PyFloat) {
                return float;
            }
            try {
                if ('__class__' in value) {
                    return value.__class__;
                }
            }
            catch (exception) {
                return object;
            }
            if (value instanceof Uint8Array) {
                return bytes;
            }
            return object;
    }
    return object;
}

// id (x): a number that stays the same for one object (or one primitive value) while it lives.
const __pytk_seq_ids__ = new WeakMap ();
const __pytk_seq_value_ids__ = new Map ();
let __pytk_seq_last_id__ = 0x7f3a0000;

export function id (value) {
    const boxed = value !== null && (typeof value == 'object' || typeof value == 'function');
    const known = boxed ? __pytk_seq_ids__.get (value) : __pytk_seq_value_ids__.get (value === undefined ? null : value);
    if (known !== undefined) {
        return known;
    }
    __pytk_seq_last_id__ += 16;
    if (boxed) {
        __pytk_seq_ids__.set (value, __pytk_seq_last_id__);
    }
    else {
        __pytk_seq_value_ids__.set (value === undefined ? null : value, __pytk_seq_last_id__);
    }
    return __pytk_seq_last_id__;
}

// ---- truth and length ----

export function __t__ (target) {
    switch (typeof target) {
        case 'number':
        case 'boolean':
            return target;
        case 'string':
            return target.length ? target : false;
        case 'undefined':
            return false;
        case 'object':
            break;
        case 'bigint':
            return target ? target : false;
        default:
            return target;
    }
    if (target === null) {
        return false;
    }
    if (Array.isArray (target)) {
        return target.length ? target : false;
    }
    if (typeof target.__bool__ == 'function') {
        return target.__bool__ () ? target : false;
    }
    if (typeof target.__len__ == 'function') {
        return target.__len__ () ? target : false;
    }
    if (target instanceof PyFloat) {
        return target.value ? target : false;
    }
    if (ArrayBuffer.isView (target)) {
        return target.length ? target : false;
    }
    const proto = Object.getPrototypeOf (target);
    if (proto === Object.prototype || proto === null) {
        // A plain JavaScript object stands for a dict.
        return __tx_len (target) ? target : false;
    }
    return target;
}

export function len (value) {
    if (typeof value == 'string') {
        return value.length;
    }
    if (Array.isArray (value)) {
        if (value.__pytk_sync__ !== undefined) {
            value.__pytk_sync__ ();
        }
        return value.length;
    }
    if (typeof value == 'function' && typeof value.__len__ == 'function') {
        // A class whose metaclass gives it a length (an Enum).
        return value.__len__ ();
    }
    if (value !== null && typeof value == 'object') {
        if (typeof value.__len__ == 'function') {
            return value.__len__ ();
        }
        if (ArrayBuffer.isView (value)) {
            return value.length;
        }
        if (!('__class__' in value)) {
            // A JavaScript object: its length, its size, or (a plain object) its keys.
            if (typeof value.length == 'number') {
                return value.length;
            }
            if (typeof value.size == 'number') {
                return value.size;
            }
            return __tx_len (value);
        }
    }
    throw __pytk_seq_type_error__ ("object of type '" + __pytk_seq_typename__ (value) + "' has no len()");
}

// ---- iteration ----

// The JavaScript iterators (of arrays, strings, generators...) are Python iterators as well.
const __pytk_seq_iterator_proto__ = Object.getPrototypeOf (Object.getPrototypeOf ([] [Symbol.iterator] ()));
const __pytk_seq_array_iterator_proto__ = Object.getPrototypeOf ([] [Symbol.iterator] ());
const __pytk_seq_generator_proto__ = Object.getPrototypeOf (function* () {}).prototype;

__pytk_seq_method__ (__pytk_seq_iterator_proto__, '__next__', function () {
    const step = this.next ();
    if (step.done) {
        throw __pytk_seq_stop__ (step.value);
    }
    return step.value;
});
__pytk_seq_method__ (__pytk_seq_iterator_proto__, '__iter__', function () {
    return this;
});
__pytk_seq_method__ (__pytk_seq_array_iterator_proto__, '__class__', __pytk_seq_list_iterator_type__);
__pytk_seq_method__ (__pytk_seq_generator_proto__, '__class__', __pytk_seq_generator_type__);
__pytk_seq_method__ (__pytk_seq_generator_proto__, 'send', function (value) {
    const step = this.next (value);
    if (step.done) {
        throw __pytk_seq_stop__ (step.value);
    }
    return step.value;
});
__pytk_seq_method__ (__pytk_seq_generator_proto__, 'close', function () {
    this.return (undefined);
    return null;
});

// Iteration over an object that only has __getitem__: indexes 0, 1, ... until IndexError.
function* __pytk_seq_getitem_iterator__ (sequence) {
    for (let index = 0; ; index++) {
        let value;
        try {
            value = sequence.__getitem__ (index);
        }
        catch (exception) {
            if (isinstance (exception, IndexError) || isinstance (exception, StopIteration)) {
                return;
            }
            throw exception;
        }
        yield value;
    }
}

function* __pytk_seq_call_iterator__ (producer, sentinel) {
    while (true) {
        const value = producer ();
        if (value === sentinel || __pytk_equal__ (value, sentinel)) {
            return;
        }
        yield value;
    }
}

// A JavaScript iterator over any Python iterable.
function __pytk_seq_iterator__ (iterable) {
    return __i__ (iterable) [Symbol.iterator] ();
}

// The items of any iterable, as an array (the array itself when it is one).
function __pytk_seq_items__ (iterable) {
    if (Array.isArray (iterable)) {
        return iterable;
    }
    if (typeof iterable == 'string') {
        return Array.from (iterable);
    }
    return Array.from (__i__ (iterable));
}

export function py_iter (iterable, sentinel) {
    if (arguments.length >= 2) {
        if (!callable (iterable)) {
            throw __pytk_seq_type_error__ ('iter(v, w): v must be callable');
        }
        return __pytk_seq_call_iterator__ (iterable, sentinel);
    }
    if (iterable !== null && typeof iterable == 'object' && !Array.isArray (iterable)) {
        const native = typeof iterable [Symbol.iterator] == 'function';
        if (native && typeof iterable.next == 'function') {
            return iterable;
        }
        if (!native && typeof iterable.__iter__ == 'function') {
            return iterable.__iter__ ();
        }
    }
    return __pytk_seq_iterator__ (iterable);
}

export function py_next (iterator, fallback) {
    if (iterator !== null && iterator !== undefined) {
        if (typeof iterator.next == 'function') {
            const step = iterator.next ();
            if (!step.done) {
                return step.value;
            }
            if (arguments.length > 1) {
                return fallback;
            }
            throw __pytk_seq_stop__ (step.value);
        }
        if (typeof iterator.__next__ == 'function') {
            try {
                return iterator.__next__ ();
            }
            catch (exception) {
                if (arguments.length > 1 && isinstance (exception, StopIteration)) {
                    return fallback;
                }
                throw exception;
            }
        }
    }
    throw __pytk_seq_type_error__ ("'" + __pytk_seq_typename__ (iterator) + "' object is not an iterator");
}

// `element in container` for anything but strings and arrays (see __in__ in builtins.js).
function __pytk_seq_in__ (element, container) {
    if (typeof container.__contains__ == 'function') {
        return container.__contains__ (element);
    }
    if (typeof container != 'object' && typeof container != 'function') {
        throw __pytk_seq_type_error__ ("argument of type '" + __pytk_seq_typename__ (container) + "' is not iterable");
    }
    if (typeof container [Symbol.iterator] == 'function' || typeof container.__iter__ == 'function' ||
            typeof container.__next__ == 'function' || typeof container.__getitem__ == 'function') {
        for (const item of __i__ (container)) {
            if (item === element || __pytk_equal__ (item, element)) {
                return true;
            }
        }
        return false;
    }
    if ('__class__' in container) {
        throw __pytk_seq_type_error__ ("argument of type '" + __pytk_seq_typename__ (container) + "' is not iterable");
    }
    return __tx___in__ (element, container);
}

export function list (iterable) {
    if (iterable === undefined) {
        return [];
    }
    if (Array.isArray (iterable)) {
        if (iterable.__pytk_sync__ !== undefined) {
            iterable.__pytk_sync__ ();
        }
        return Array.prototype.slice.call (iterable);
    }
    if (typeof iterable == 'string') {
        return Array.from (iterable);
    }
    return Array.from (__i__ (iterable));
}

export function any (iterable) {
    for (const item of __i__ (iterable)) {
        if (__t__ (item)) {
            return true;
        }
    }
    return false;
}

export function all (iterable) {
    for (const item of __i__ (iterable)) {
        if (!__t__ (item)) {
            return false;
        }
    }
    return true;
}

export function sum (iterable, start) {
    if (__pytk_seq_is_kwargs__ (arguments [arguments.length - 1])) {
        const options = arguments [arguments.length - 1];
        start = __pytk_seq_option__ (options, 'start', arguments.length > 2 ? start : 0);
    }
    let total = start === undefined ? 0 : start;
    if (typeof total == 'string') {
        throw __pytk_seq_type_error__ ("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (ArrayBuffer.isView (total)) {
        throw __pytk_seq_type_error__ ("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    for (const item of __i__ (iterable)) {
        total = typeof total == 'number' && typeof item == 'number' ? __pytk_numeric_result__ (total + item, total, item) :
            __add__ (total, item);
    }
    return total;
}

function* __pytk_seq_map__ (func, iterators) {
    if (iterators.length == 1) {
        const iterator = iterators [0];
        while (true) {
            const step = iterator.next ();
            if (step.done) {
                return;
            }
            yield func (step.value);
        }
    }
    while (true) {
        const args = [];
        for (const iterator of iterators) {
            const step = iterator.next ();
            if (step.done) {
                return;
            }
            args.push (step.value);
        }
        yield func (...args);
    }
}

// map () and filter () are lazy, as in Python 3.
export function map (func, ...iterables) {
    if (!iterables.length) {
        throw __pytk_seq_type_error__ ('map() must have at least two arguments.');
    }
    return __pytk_seq_map__ (func, iterables.map (__pytk_seq_iterator__));
}

function* __pytk_seq_filter__ (func, iterator) {
    while (true) {
        const step = iterator.next ();
        if (step.done) {
            return;
        }
        if (__t__ (func === null || func === undefined ? step.value : func (step.value))) {
            yield step.value;
        }
    }
}

export function filter (func, iterable) {
    return __pytk_seq_filter__ (func, __pytk_seq_iterator__ (iterable));
}

// reversed (x): lists, tuples, ranges, strings, __reversed__, or __len__ with __getitem__.
function* __pytk_seq_reversed_sequence__ (sequence) {
    for (let index = sequence.__len__ () - 1; index >= 0; index--) {
        yield sequence.__getitem__ (index);
    }
}

function __pytk_seq_reversed__ (sequence) {
    if (Array.isArray (sequence)) {
        if (sequence.__class__ === set || sequence.__class__ === frozenset) {
            throw __pytk_seq_type_error__ ("'" + sequence.__class__.__name__ + "' object is not reversible");
        }
        return Array.prototype.slice.call (sequence).reverse () [Symbol.iterator] ();
    }
    if (typeof sequence == 'string') {
        return Array.from (sequence).reverse () [Symbol.iterator] ();
    }
    if (sequence !== null && typeof sequence == 'object') {
        if (typeof sequence.__reversed__ == 'function') {
            return sequence.__reversed__ ();
        }
        if (typeof sequence.__len__ == 'function' && typeof sequence.__getitem__ == 'function') {
            return __pytk_seq_reversed_sequence__ (sequence);
        }
    }
    throw __pytk_seq_type_error__ ("'" + __pytk_seq_typename__ (sequence) + "' object is not reversible");
}

if (typeof __tx_py_reversed == 'function') {
    __tx_py_reversed = __pytk_seq_reversed__;
}
else {
    py_reversed = __pytk_seq_reversed__;
}

// ---- ordering ----

// Compares code point by code point, as CPython does (JavaScript compares UTF-16 units).
function __pytk_seq_str_order__ (a, b) {
    if (a === b) {
        return 0;
    }
    const length = Math.min (a.length, b.length);
    let index = 0;
    while (index < length && a.charCodeAt (index) === b.charCodeAt (index)) {
        index++;
    }
    if (index == length) {
        return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
    }
    let x = a.charCodeAt (index);
    let y = b.charCodeAt (index);
    if (x >= 0xD800 && y >= 0xD800) {
        x = a.codePointAt (index);
        y = b.codePointAt (index);
    }
    return x < y ? -1 : 1;
}

function __pytk_seq_holds__ (order, op) {
    switch (op) {
        case '<': return order < 0;
        case '<=': return order <= 0;
        case '>': return order > 0;
        default: return order >= 0;
    }
}

const __pytk_seq_methods__ = {
    '<': ['__lt__', '__gt__'], '<=': ['__le__', '__ge__'], '>': ['__gt__', '__lt__'], '>=': ['__ge__', '__le__'],
};

function __pytk_seq_is_subclass__ (cls, base) {
    try {
        return issubclass (cls, base);
    }
    catch (exception) {
        return false;
    }
}

// a <op> b with Python's rules; op is one of '<', '<=', '>', '>='.
function __pytk_seq_compare__ (a, b, op) {
    const ta = typeof a;
    const tb = typeof b;
    if ((ta == 'number' || ta == 'boolean') && (tb == 'number' || tb == 'boolean')) {
        switch (op) {
            case '<': return a < b;
            case '<=': return a <= b;
            case '>': return a > b;
            default: return a >= b;
        }
    }
    if (ta == 'string' && tb == 'string') {
        return __pytk_seq_holds__ (__pytk_seq_str_order__ (a, b), op);
    }
    if (a instanceof PyFloat || b instanceof PyFloat) {
        return __pytk_seq_compare__ (a instanceof PyFloat ? a.value : a, b instanceof PyFloat ? b.value : b, op);
    }
    const arrays = Array.isArray (a) && Array.isArray (b);
    if (arrays) {
        const ka = a.__class__;
        const kb = b.__class__;
        const setA = ka === set || ka === frozenset;
        const setB = kb === set || kb === frozenset;
        if (setA && setB) {
            return __pytk_seq_set_order__ (a, b, op);
        }
        if (ka === kb && (ka === list || ka === tuple)) {
            return __pytk_seq_lexicographic__ (a, b, op);
        }
    }
    const names = __pytk_seq_methods__ [op];
    const objectA = a !== null && ta == 'object' && !Array.isArray (a);
    const objectB = b !== null && tb == 'object' && !Array.isArray (b);
    const reflected = objectB && typeof b [names [1]] == 'function';
    // A subclass's reflected method goes first, as in Python.
    if (reflected && objectA && a.__class__ !== b.__class__ && b.__class__ && a.__class__ &&
            __pytk_seq_is_subclass__ (b.__class__, a.__class__)) {
        return b [names [1]] (a);
    }
    if (objectA && typeof a [names [0]] == 'function') {
        return a [names [0]] (b);
    }
    if (reflected) {
        return b [names [1]] (a);
    }
    throw __pytk_seq_type_error__ ("'" + op + "' not supported between instances of '" + __pytk_seq_typename__ (a) +
        "' and '" + __pytk_seq_typename__ (b) + "'");
}

function __pytk_seq_lexicographic__ (a, b, op) {
    const length = Math.min (a.length, b.length);
    for (let index = 0; index < length; index++) {
        const x = a [index];
        const y = b [index];
        if (x !== y && !__pytk_equal__ (x, y)) {
            return __pytk_seq_compare__ (x, y, op);
        }
    }
    return __pytk_seq_holds__ (a.length - b.length, op);
}

function __pytk_seq_set_order__ (a, b, op) {
    switch (op) {
        case '<=': return __pytk_seq_all_in__ (a, b);
        case '<': return a.length < b.length && __pytk_seq_all_in__ (a, b);
        case '>=': return __pytk_seq_all_in__ (b, a);
        default: return a.length > b.length && __pytk_seq_all_in__ (b, a);
    }
}

function __pytk_seq_lt__ (a, b) {
    return typeof a == 'number' && typeof b == 'number' ? a < b : __pytk_seq_compare__ (a, b, '<');
}

function __pytk_seq_le__ (a, b) {
    return typeof a == 'number' && typeof b == 'number' ? a <= b : __pytk_seq_compare__ (a, b, '<=');
}

function __pytk_seq_gt__ (a, b) {
    return typeof a == 'number' && typeof b == 'number' ? a > b : __pytk_seq_compare__ (a, b, '>');
}

function __pytk_seq_ge__ (a, b) {
    return typeof a == 'number' && typeof b == 'number' ? a >= b : __pytk_seq_compare__ (a, b, '>=');
}

if (typeof __tx___lt__ == 'function') {
    __tx___lt__ = __pytk_seq_lt__;
    __tx___le__ = __pytk_seq_le__;
    __tx___gt__ = __pytk_seq_gt__;
    __tx___ge__ = __pytk_seq_ge__;
}
else {
    __lt__ = __pytk_seq_lt__;
    __le__ = __pytk_seq_le__;
    __gt__ = __pytk_seq_gt__;
    __ge__ = __pytk_seq_ge__;
}

// ---- sorting ----

function __pytk_seq_number_order__ (a, b) {
    return a < b ? -1 : b < a ? 1 : 0;
}

function __pytk_seq_native_order__ (a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

function __pytk_seq_python_order__ (a, b) {
    return __pytk_seq_compare__ (a, b, '<') ? -1 : __pytk_seq_compare__ (b, a, '<') ? 1 : 0;
}

// The cheapest comparison that orders these values as Python would.
function __pytk_seq_comparator__ (values) {
    let numbers = true;
    let strings = true;
    for (let index = 0; index < values.length && (numbers || strings); index++) {
        const type = typeof values [index];
        numbers = numbers && type == 'number';
        strings = strings && type == 'string';
    }
    if (numbers) {
        return __pytk_seq_number_order__;
    }
    if (strings) {
        // UTF-16 order is code point order unless a string holds a character past U+D7FF.
        const wide = /[\uD800-\uFFFF]/;
        return values.some (function (text) { return wide.test (text); }) ? __pytk_seq_str_order__ :
            __pytk_seq_native_order__;
    }
    return __pytk_seq_python_order__;
}

// Sorts items in place, stable; with reverse, equal items keep their order, as in CPython
// (which reverses, sorts and reverses back).
function __pytk_seq_sort__ (items, key, reverse) {
    const length = items.length;
    let keys = null;
    if (key !== null && key !== undefined) {
        keys = [];
        for (let index = 0; index < length; index++) {
            keys.push (key (items [index]));
        }
    }
    if (length < 2) {
        return;
    }
    if (reverse) {
        items.reverse ();
        if (keys !== null) {
            keys.reverse ();
        }
    }
    const compare = __pytk_seq_comparator__ (keys !== null ? keys : items);
    if (keys === null) {
        items.sort (compare);
    }
    else {
        const order = [];
        for (let index = 0; index < length; index++) {
            order.push (index);
        }
        order.sort (function (i, j) { return compare (keys [i], keys [j]); });
        const copy = items.slice ();
        for (let index = 0; index < length; index++) {
            items [index] = copy [order [index]];
        }
    }
    if (reverse) {
        items.reverse ();
    }
}

function __pytk_seq_sort_options__ (args) {
    const options = __pytk_seq_kwargs__ (args);
    const key = __pytk_seq_option__ (options, 'key', null);
    const reverse = __pytk_seq_option__ (options, 'reverse', false);
    return [key, !!__t__ (reverse)];
}

export function sorted (iterable, ...rest) {
    const [key, reverse] = __pytk_seq_sort_options__ (rest);
    if (rest.length) {
        throw __pytk_seq_type_error__ ('sorted expected 1 argument, got ' + (rest.length + 1));
    }
    const result = list (iterable);
    __pytk_seq_sort__ (result, key, reverse);
    return result;
}

// ---- min () and max () ----

function __pytk_seq_min_max__ (args, greater) {
    const name = greater ? 'max' : 'min';
    const options = __pytk_seq_kwargs__ (args);
    const key = __pytk_seq_option__ (options, 'key', null);
    const hasDefault = options !== null && Object.prototype.hasOwnProperty.call (options, 'py_default');
    if (!args.length) {
        throw __pytk_seq_type_error__ (name + ' expected at least 1 argument, got 0');
    }
    if (args.length > 1 && hasDefault) {
        throw __pytk_seq_type_error__ ('Cannot specify a default for ' + name + '() with multiple positional arguments');
    }
    const items = args.length == 1 ? __i__ (args [0]) : args;
    const op = greater ? '>' : '<';
    let found = false;
    let best;
    let bestKey;
    for (const item of items) {
        const itemKey = key === null || key === undefined ? item : key (item);
        if (!found) {
            found = true;
            best = item;
            bestKey = itemKey;
        }
        else if (typeof itemKey == 'number' && typeof bestKey == 'number' ?
                (greater ? itemKey > bestKey : itemKey < bestKey) : __pytk_seq_compare__ (itemKey, bestKey, op)) {
            best = item;
            bestKey = itemKey;
        }
    }
    if (!found) {
        if (hasDefault) {
            return options.py_default;
        }
        throw __pytk_seq_value_error__ (name + '() arg is an empty sequence');
    }
    return best;
}

function __pytk_seq_max__ (...args) {
    return __pytk_seq_min_max__ (args, true);
}

function __pytk_seq_min__ (...args) {
    return __pytk_seq_min_max__ (args, false);
}

if (typeof __tx_max == 'function') {
    __tx_max = __pytk_seq_max__;
    __tx_min = __pytk_seq_min__;
}
else {
    max = __pytk_seq_max__;
    min = __pytk_seq_min__;
}

// ---- print () ----

// Output goes out a line at a time with console.log; a line not finished yet (end='') waits
// for the rest, and is written when the program ends (node) or after the current task (browser).
let __pytk_seq_pending__ = '';
let __pytk_seq_flush_armed__ = false;

function __pytk_seq_node_stdout__ () {
    return typeof process == 'object' && process !== null && process.stdout && typeof process.stdout.write == 'function' &&
        typeof process.on == 'function' ? process.stdout : null;
}

function __pytk_seq_flush__ () {
    __pytk_seq_flush_armed__ = false;
    if (__pytk_seq_pending__) {
        const text = __pytk_seq_pending__;
        __pytk_seq_pending__ = '';
        const stdout = __pytk_seq_node_stdout__ ();
        if (stdout !== null) {
            stdout.write (text);
        }
        else {
            console.log (text);
        }
    }
}

function __pytk_seq_emit__ (text, flush) {
    text = __pytk_seq_pending__ + text;
    const cut = text.lastIndexOf ('\n');
    if (cut >= 0) {
        console.log (text.slice (0, cut));
        text = text.slice (cut + 1);
    }
    __pytk_seq_pending__ = text;
    if (text && flush) {
        __pytk_seq_flush__ ();
    }
    else if (text && !__pytk_seq_flush_armed__) {
        __pytk_seq_flush_armed__ = true;
        if (__pytk_seq_node_stdout__ () !== null) {
            process.once ('exit', __pytk_seq_flush__);
        }
        else {
            setTimeout (__pytk_seq_flush__, 0);
        }
    }
}

export function print (...args) {
    const options = __pytk_seq_kwargs__ (args);
    if (typeof __terminal__ == 'object' && __terminal__ !== null && __terminal__.element) {
        // A page with a __terminal__ element: the generator's terminal shows the text.
        return options !== null ? __tx_print (...args, options) : __tx_print (...args);
    }
    let sep = __pytk_seq_option__ (options, 'sep', null);
    let end = __pytk_seq_option__ (options, 'end', null);
    const file = __pytk_seq_option__ (options, 'file', null);
    const flush = __t__ (__pytk_seq_option__ (options, 'flush', false));
    if (sep !== null && sep !== undefined && typeof sep != 'string') {
        throw __pytk_seq_type_error__ ('sep must be None or a string, not ' + __pytk_seq_typename__ (sep));
    }
    if (end !== null && end !== undefined && typeof end != 'string') {
        throw __pytk_seq_type_error__ ('end must be None or a string, not ' + __pytk_seq_typename__ (end));
    }
    sep = sep === null || sep === undefined ? ' ' : sep;
    end = end === null || end === undefined ? '\n' : end;
    let text = '';
    for (let index = 0; index < args.length; index++) {
        if (index) {
            text += sep;
        }
        const arg = args [index];
        text += typeof arg == 'string' ? arg : str (arg);
    }
    text += end;
    if (file !== null && file !== undefined && typeof file.write == 'function') {
        file.write (text);
        if (flush && typeof file.flush == 'function') {
            file.flush ();
        }
        return null;
    }
    __pytk_seq_emit__ (text, flush);
    return null;
}

// ---- slices ----

function __PySlice__ (start, stop, step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
}

export function slice (start, stop, step) {
    const none = function (value) { return value === undefined ? null : value; };
    if (arguments.length === 0) {
        throw __pytk_seq_type_error__ ('slice expected at least 1 argument, got 0');
    }
    if (arguments.length === 1) {
        return new __PySlice__ (null, none (start), null);
    }
    return new __PySlice__ (none (start), none (stop), none (step));
}
slice.__name__ = 'slice';
slice.__bases__ = [object];

__pytk_seq_method__ (__PySlice__.prototype, '__class__', slice);
__pytk_seq_method__ (__PySlice__.prototype, '__repr__', function () {
    const show = function (value) { return value === null || value === undefined ? 'None' : repr (value); };
    return 'slice(' + show (this.start) + ', ' + show (this.stop) + ', ' + show (this.step) + ')';
});
__pytk_seq_method__ (__PySlice__.prototype, '__str__', __PySlice__.prototype.__repr__);
__pytk_seq_method__ (__PySlice__.prototype, '__eq__', function (other) {
    return other instanceof __PySlice__ && __pytk_equal__ (this.start, other.start) &&
        __pytk_equal__ (this.stop, other.stop) && __pytk_equal__ (this.step, other.step);
});
__pytk_seq_method__ (__PySlice__.prototype, 'indices', function (length) {
    length = __pytk_seq_int__ (length);
    if (length < 0) {
        throw __pytk_seq_value_error__ ('length should not be negative');
    }
    const bounds = __pytk_seq_bounds__ (length, this.start, this.stop, this.step);
    return __pytk_seq_tuple__ ([bounds [0], bounds [1], bounds [2]]);
});

function __pytk_seq_slice_index__ (value) {
    if (typeof value == 'number' && Number.isInteger (value)) {
        return value;
    }
    return __pytk_seq_int__ (value, 'slice indices must be integers or None or have an __index__ method');
}

// CPython's PySlice_Unpack and PySlice_AdjustIndices: [start, stop, step, count] for a sequence
// of this length.
function __pytk_seq_bounds__ (length, start, stop, step) {
    step = step === null || step === undefined ? 1 : __pytk_seq_slice_index__ (step);
    if (step === 0) {
        throw __pytk_seq_value_error__ ('slice step cannot be zero');
    }
    const negative = step < 0;
    if (start === null || start === undefined) {
        start = negative ? length - 1 : 0;
    }
    else {
        start = __pytk_seq_slice_index__ (start);
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = negative ? -1 : 0;
            }
        }
        else if (start >= length) {
            start = negative ? length - 1 : length;
        }
    }
    if (stop === null || stop === undefined) {
        stop = negative ? -1 : length;
    }
    else {
        stop = __pytk_seq_slice_index__ (stop);
        if (stop < 0) {
            stop += length;
            if (stop < 0) {
                stop = negative ? -1 : 0;
            }
        }
        else if (stop >= length) {
            stop = negative ? length - 1 : length;
        }
    }
    let count = 0;
    if (negative) {
        if (stop < start) {
            count = Math.floor ((start - stop - 1) / -step) + 1;
        }
    }
    else if (start < stop) {
        count = Math.floor ((stop - start - 1) / step) + 1;
    }
    return [start, stop, step, count];
}

// ---- tuples, sets and ranges: arrays that say what they are ----

function __pytk_seq_tuple__ (items) {
    items.__class__ = tuple;
    return items;
}

function __pytk_seq_kind__ (sequence) {
    const cls = sequence.__class__;
    return cls === tuple ? 'tuple' : cls === set ? 'set' : cls === frozenset ? 'frozenset' : cls === range ? 'range' :
        'list';
}

// A method that only a list (or, for the set methods, a set) has.
function __pytk_seq_check__ (sequence, name, wanted) {
    const cls = sequence.__class__;
    const ok = wanted === set ? cls === set : cls !== tuple && cls !== set && cls !== frozenset && cls !== range;
    if (!ok) {
        throw AttributeError ("'" + __pytk_seq_kind__ (sequence) + "' object has no attribute '" + name + "'",
            new Error ());
    }
}

export function range (start, stop, step) {
    const count = arguments.length;
    if (count === 0) {
        throw __pytk_seq_type_error__ ('range expected at least 1 argument, got 0');
    }
    if (count === 1) {
        stop = start;
        start = 0;
    }
    start = __pytk_seq_int__ (start);
    stop = __pytk_seq_int__ (stop);
    step = count > 2 ? __pytk_seq_int__ (step) : 1;
    if (step === 0) {
        throw __pytk_seq_value_error__ ('range() arg 3 must not be zero');
    }
    const result = [];
    if (step > 0) {
        for (let value = start; value < stop; value += step) {
            result.push (value);
        }
    }
    else {
        for (let value = start; value > stop; value += step) {
            result.push (value);
        }
    }
    result.__class__ = range;
    result.start = start;
    result.stop = stop;
    result.step = step;
    return result;
}

// Python equality for set membership, with shortcuts for strings and numbers.
function __pytk_seq_has__ (members, element) {
    switch (typeof element) {
        case 'string':
            return members.indexOf (element) !== -1;
        case 'number':
            if (members.indexOf (element) !== -1) {
                return true;
            }
            return (element === 0 || element === 1) && members.indexOf (element === 1) !== -1;
        case 'boolean':
            return members.indexOf (element) !== -1 || members.indexOf (+element) !== -1;
    }
    return __pytk_contains__ (members, element);
}

function __pytk_seq_all_in__ (items, members) {
    for (let index = 0; index < items.length; index++) {
        if (!__pytk_seq_has__ (members, items [index])) {
            return false;
        }
    }
    return true;
}

function __pytk_seq_hashable__ (element) {
    if (element !== null && typeof element == 'object' && typeof hash == 'function') {
        hash (element);
    }
}

function __pytk_seq_set_add__ (members, element) {
    if (!__pytk_seq_has__ (members, element)) {
        __pytk_seq_hashable__ (element);
        members.push (element);
    }
}

function __pytk_seq_new_set__ (cls, items) {
    items.__class__ = cls;
    return items;
}

function __pytk_seq_unsupported__ (op, a, b) {
    return __pytk_seq_type_error__ ('unsupported operand type(s) for ' + op + ": '" + __pytk_seq_typename__ (a) +
        "' and '" + __pytk_seq_typename__ (b) + "'");
}

function __pytk_seq_is_set__ (value) {
    return Array.isArray (value) && (value.__class__ === set || value.__class__ === frozenset);
}

// ---- list, tuple, set and range methods ----

const __pytk_seq_array__ = Array.prototype;
const __pytk_seq_repr_active__ = new Set ();

__pytk_seq_method__ (__pytk_seq_array__, '__repr__', function () {
    const cls = this.__class__;
    if (cls === range) {
        return 'range(' + this.start + ', ' + this.stop + (this.step === 1 ? '' : ', ' + this.step) + ')';
    }
    if (__pytk_seq_repr_active__.has (this)) {
        return cls === tuple ? '(...)' : cls === set || cls === frozenset ? '{...}' : '[...]';
    }
    __pytk_seq_repr_active__.add (this);
    let body = '';
    try {
        for (let index = 0; index < this.length; index++) {
            const item = this [index];
            body += (index ? ', ' : '') + (item === null || item === undefined ? 'None' : repr (item));
        }
    }
    finally {
        __pytk_seq_repr_active__.delete (this);
    }
    if (cls === tuple) {
        return '(' + body + (this.length === 1 ? ',)' : ')');
    }
    if (cls === set) {
        return this.length ? '{' + body + '}' : 'set()';
    }
    if (cls === frozenset) {
        return this.length ? 'frozenset({' + body + '})' : 'frozenset()';
    }
    return '[' + body + ']';
});
__pytk_seq_method__ (__pytk_seq_array__, '__str__', __pytk_seq_array__.__repr__);

__pytk_seq_method__ (__pytk_seq_array__, '__eq__', function (other) {
    return __pytk_equal__ (this, other);
});
__pytk_seq_method__ (__pytk_seq_array__, '__ne__', function (other) {
    return !__pytk_equal__ (this, other);
});
__pytk_seq_method__ (__pytk_seq_array__, '__lt__', function (other) {
    return __pytk_seq_compare__ (this, other, '<');
});
__pytk_seq_method__ (__pytk_seq_array__, '__le__', function (other) {
    return __pytk_seq_compare__ (this, other, '<=');
});
__pytk_seq_method__ (__pytk_seq_array__, '__gt__', function (other) {
    return __pytk_seq_compare__ (this, other, '>');
});
__pytk_seq_method__ (__pytk_seq_array__, '__ge__', function (other) {
    return __pytk_seq_compare__ (this, other, '>=');
});

// + and * keep the kind: a tuple gives a tuple.
__pytk_seq_method__ (__pytk_seq_array__, '__add__', function (other) {
    const cls = this.__class__;
    if (cls === tuple || cls === list || (cls !== set && cls !== frozenset && cls !== range)) {
        if (Array.isArray (other) && other.__class__ === cls) {
            const result = this.concat (other);
            return cls === tuple ? __pytk_seq_tuple__ (result) : result;
        }
        if (cls === tuple || cls === list) {
            throw __pytk_seq_type_error__ ('can only concatenate ' + cls.__name__ + ' (not "' +
                __pytk_seq_typename__ (other) + '") to ' + cls.__name__);
        }
    }
    throw __pytk_seq_unsupported__ ('+', this, other);
});
__pytk_seq_method__ (__pytk_seq_array__, '__radd__', function (other) {
    throw __pytk_seq_unsupported__ ('+', other, this);
});

function __pytk_seq_count__ (sequence, count) {
    if (typeof count == 'number' && Number.isInteger (count)) {
        return count;
    }
    if (typeof count == 'boolean') {
        return +count;
    }
    if (count !== null && count !== undefined && typeof count.__index__ == 'function') {
        return count.__index__ ();
    }
    throw __pytk_seq_type_error__ ("can't multiply sequence by non-int of type '" + __pytk_seq_typename__ (count) + "'");
}

__pytk_seq_method__ (__pytk_seq_array__, '__mul__', function (count) {
    const cls = this.__class__;
    if (cls === set || cls === frozenset || cls === range) {
        throw __pytk_seq_unsupported__ ('*', this, count);
    }
    count = __pytk_seq_count__ (this, count);
    const result = [];
    const length = this.length;
    for (let round = 0; round < count; round++) {
        for (let index = 0; index < length; index++) {
            result.push (this [index]);
        }
    }
    return cls === tuple ? __pytk_seq_tuple__ (result) : result;
});
__pytk_seq_method__ (__pytk_seq_array__, '__rmul__', __pytk_seq_array__.__mul__);

// In place for a list (the same object), a new tuple for a tuple.
__pytk_seq_method__ (__pytk_seq_array__, '__iadd__', function (other) {
    const cls = this.__class__;
    if (cls === tuple || cls === set || cls === frozenset || cls === range) {
        return this.__add__ (other);
    }
    this.extend (other);
    return this;
});
__pytk_seq_method__ (__pytk_seq_array__, '__imul__', function (count) {
    const cls = this.__class__;
    if (cls === tuple || cls === set || cls === frozenset || cls === range) {
        return this.__mul__ (count);
    }
    count = __pytk_seq_count__ (this, count);
    const length = this.length;
    if (count <= 0) {
        this.length = 0;
        return this;
    }
    for (let round = 1; round < count; round++) {
        for (let index = 0; index < length; index++) {
            this.push (this [index]);
        }
    }
    return this;
});

__pytk_seq_method__ (__pytk_seq_array__, '__getslice__', function (start, stop, step) {
    const cls = this.__class__;
    if (cls === set || cls === frozenset) {
        throw __pytk_seq_type_error__ ("'" + cls.__name__ + "' object is not subscriptable");
    }
    const [first, last, stride, count] = __pytk_seq_bounds__ (this.length, start, stop, step);
    if (cls === range) {
        // A range's slice is a range.
        return range (this.start + first * this.step, this.start + last * this.step, this.step * stride);
    }
    let result;
    if (stride === 1) {
        result = Array.prototype.slice.call (this, first, first + count);
    }
    else {
        result = [];
        for (let index = 0, at = first; index < count; index++, at += stride) {
            result.push (this [at]);
        }
    }
    return cls === tuple ? __pytk_seq_tuple__ (result) : result;
});

__pytk_seq_method__ (__pytk_seq_array__, '__setslice__', function (start, stop, step, source) {
    const cls = this.__class__;
    if (cls === tuple || cls === set || cls === frozenset || cls === range) {
        throw __pytk_seq_type_error__ ("'" + cls.__name__ + "' object does not support item assignment");
    }
    if (source === null || source === undefined || (typeof source != 'object' && typeof source != 'string')) {
        throw __pytk_seq_type_error__ (step === null || step === undefined || step === 1 ?
            'can only assign an iterable' : 'must assign iterable to extended slice');
    }
    const items = source === this ? source.slice () : __pytk_seq_items__ (source);
    if (step === null || step === undefined || step === 1) {
        const bounds = __pytk_seq_bounds__ (this.length, start, stop, 1);
        const first = bounds [0];
        const last = Math.max (first, bounds [1]);
        const tail = this.slice (last);
        this.length = first;
        for (let index = 0; index < items.length; index++) {
            this.push (items [index]);
        }
        for (let index = 0; index < tail.length; index++) {
            this.push (tail [index]);
        }
        return;
    }
    // The generator passes 0 for an omitted start: xs[::-1] = ... starts at the end.
    if (start === 0 && (stop === null || stop === undefined) && step < 0) {
        start = null;
    }
    const [first, last, stride, count] = __pytk_seq_bounds__ (this.length, start, stop, step);
    if (items.length !== count) {
        throw __pytk_seq_value_error__ ('attempt to assign sequence of size ' + items.length +
            ' to extended slice of size ' + count);
    }
    for (let index = 0, at = first; index < count; index++, at += stride) {
        this [at] = items [index];
    }
});

__pytk_seq_method__ (__pytk_seq_array__, 'extend', function (iterable) {
    __pytk_seq_check__ (this, 'extend');
    if (Array.isArray (iterable)) {
        const length = iterable.length;
        for (let index = 0; index < length; index++) {
            this.push (iterable [index]);
        }
    }
    else if (typeof iterable == 'string') {
        for (const ch of iterable) {
            this.push (ch);
        }
    }
    else {
        for (const item of __i__ (iterable)) {
            this.push (item);
        }
    }
    return null;
});

__pytk_seq_method__ (__pytk_seq_array__, 'insert', function (index, element) {
    __pytk_seq_check__ (this, 'insert');
    index = __pytk_seq_int__ (index);
    const length = this.length;
    if (index < 0) {
        index = Math.max (0, index + length);
    }
    else if (index > length) {
        index = length;
    }
    this.splice (index, 0, element);
    return null;
});

function __pytk_seq_position__ (sequence, element, start, stop) {
    const bounds = __pytk_seq_bounds__ (sequence.length, start === undefined ? null : start,
        stop === undefined ? null : stop, 1);
    for (let index = bounds [0]; index < bounds [1]; index++) {
        const item = sequence [index];
        if (item === element || __pytk_equal__ (item, element)) {
            return index;
        }
    }
    return -1;
}

__pytk_seq_method__ (__pytk_seq_array__, 'index', function (element, start, stop) {
    const cls = this.__class__;
    if (cls === set || cls === frozenset) {
        throw AttributeError ("'" + cls.__name__ + "' object has no attribute 'index'", new Error ());
    }
    const index = __pytk_seq_position__ (this, element, start, stop);
    if (index >= 0) {
        return index;
    }
    throw __pytk_seq_value_error__ (cls === tuple ? 'tuple.index(x): x not in tuple' :
        repr (element) + (cls === range ? ' is not in range' : ' is not in list'));
});

__pytk_seq_method__ (__pytk_seq_array__, 'count', function (element) {
    let count = 0;
    for (let index = 0; index < this.length; index++) {
        const item = this [index];
        if (item === element || __pytk_equal__ (item, element)) {
            count++;
        }
    }
    return count;
});

__pytk_seq_method__ (__pytk_seq_array__, 'remove', function (element) {
    const cls = this.__class__;
    if (cls === set) {
        const index = __pytk_seq_position__ (this, element);
        if (index < 0) {
            __pytk_seq_hashable__ (element);
            throw KeyError (element, new Error ());
        }
        this.splice (index, 1);
        return null;
    }
    __pytk_seq_check__ (this, 'remove');
    const index = __pytk_seq_position__ (this, element);
    if (index < 0) {
        throw __pytk_seq_value_error__ ('list.remove(x): x not in list');
    }
    this.splice (index, 1);
    return null;
});

__pytk_seq_method__ (__pytk_seq_array__, 'py_pop', function (index) {
    if (this.__class__ === set) {
        if (!this.length) {
            throw KeyError ('pop from an empty set', new Error ());
        }
        return this.shift ();
    }
    __pytk_seq_check__ (this, 'pop');
    const length = this.length;
    if (!length) {
        throw __pytk_seq_index_error__ ('pop from empty list');
    }
    if (index === undefined) {
        return this.pop ();
    }
    index = __pytk_seq_int__ (index);
    const at = index < 0 ? index + length : index;
    if (at < 0 || at >= length) {
        throw __pytk_seq_index_error__ ('pop index out of range');
    }
    return this.splice (at, 1) [0];
});

__pytk_seq_method__ (__pytk_seq_array__, 'py_clear', function () {
    if (this.__class__ !== set) {
        __pytk_seq_check__ (this, 'clear');
    }
    this.length = 0;
    return null;
});

__pytk_seq_method__ (__pytk_seq_array__, 'py_copy', function () {
    const cls = this.__class__;
    if (cls === set || cls === frozenset) {
        return __pytk_seq_new_set__ (cls, this.slice ());
    }
    __pytk_seq_check__ (this, 'copy');
    return this.slice ();
});

__pytk_seq_method__ (__pytk_seq_array__, 'py_sort', function (...args) {
    __pytk_seq_check__ (this, 'sort');
    const [key, reverse] = __pytk_seq_sort_options__ (args);
    if (args.length) {
        throw __pytk_seq_type_error__ ('sort() takes no positional arguments');
    }
    __pytk_seq_sort__ (this, key, reverse);
    return null;
});

// Set methods: members compare with Python's ==, so 1, 1.0 and True are one member.
// (The generator's set () adds its items before it marks the array as a set.)
__pytk_seq_method__ (__pytk_seq_array__, 'add', function (element) {
    const cls = this.__class__;
    if (cls === frozenset || cls === tuple || cls === range) {
        __pytk_seq_check__ (this, 'add', set);
    }
    __pytk_seq_set_add__ (this, element);
    return null;
});

__pytk_seq_method__ (__pytk_seq_array__, 'discard', function (element) {
    __pytk_seq_check__ (this, 'discard', set);
    const index = __pytk_seq_position__ (this, element);
    if (index >= 0) {
        this.splice (index, 1);
    }
    return null;
});

function __pytk_seq_set_method__ (name, method) {
    __pytk_seq_method__ (__pytk_seq_array__, name, function (...args) {
        if (!__pytk_seq_is_set__ (this)) {
            throw AttributeError ("'" + __pytk_seq_kind__ (this) + "' object has no attribute '" + name + "'",
                new Error ());
        }
        return method.apply (this, args);
    });
}

function __pytk_seq_union__ (members, others) {
    for (const other of others) {
        for (const item of __pytk_seq_items__ (other)) {
            __pytk_seq_set_add__ (members, item);
        }
    }
    return members;
}

function __pytk_seq_intersection__ (items, others) {
    let result = items.slice ();
    for (const other of others) {
        const members = __pytk_seq_items__ (other);
        result = result.filter (function (item) { return __pytk_seq_has__ (members, item); });
    }
    return result;
}

function __pytk_seq_difference__ (items, others) {
    let result = items.slice ();
    for (const other of others) {
        const members = __pytk_seq_items__ (other);
        result = result.filter (function (item) { return !__pytk_seq_has__ (members, item); });
    }
    return result;
}

function __pytk_seq_symmetric__ (items, other) {
    const theirs = [];
    for (const item of __pytk_seq_items__ (other)) {
        __pytk_seq_set_add__ (theirs, item);
    }
    return items.filter (function (item) { return !__pytk_seq_has__ (theirs, item); })
        .concat (theirs.filter (function (item) { return !__pytk_seq_has__ (items, item); }));
}

function __pytk_seq_replace__ (target, items) {
    target.length = 0;
    for (let index = 0; index < items.length; index++) {
        target.push (items [index]);
    }
    return null;
}

__pytk_seq_set_method__ ('union', function (...others) {
    return __pytk_seq_new_set__ (this.__class__, __pytk_seq_union__ (this.slice (), others));
});
__pytk_seq_set_method__ ('intersection', function (...others) {
    return __pytk_seq_new_set__ (this.__class__, __pytk_seq_intersection__ (this, others));
});
__pytk_seq_set_method__ ('difference', function (...others) {
    return __pytk_seq_new_set__ (this.__class__, __pytk_seq_difference__ (this, others));
});
__pytk_seq_set_method__ ('symmetric_difference', function (other) {
    return __pytk_seq_new_set__ (this.__class__, __pytk_seq_symmetric__ (this, other));
});
__pytk_seq_set_method__ ('issubset', function (other) {
    return __pytk_seq_all_in__ (this, __pytk_seq_items__ (other));
});
__pytk_seq_set_method__ ('issuperset', function (other) {
    return __pytk_seq_all_in__ (__pytk_seq_items__ (other), this);
});
__pytk_seq_set_method__ ('isdisjoint', function (other) {
    const members = this;
    return !__pytk_seq_items__ (other).some (function (item) { return __pytk_seq_has__ (members, item); });
});
__pytk_seq_set_method__ ('py_update', function (...others) {
    __pytk_seq_check__ (this, 'update', set);
    __pytk_seq_union__ (this, others);
    return null;
});
__pytk_seq_set_method__ ('intersection_update', function (...others) {
    __pytk_seq_check__ (this, 'intersection_update', set);
    return __pytk_seq_replace__ (this, __pytk_seq_intersection__ (this, others));
});
__pytk_seq_set_method__ ('difference_update', function (...others) {
    __pytk_seq_check__ (this, 'difference_update', set);
    return __pytk_seq_replace__ (this, __pytk_seq_difference__ (this, others));
});
__pytk_seq_set_method__ ('symmetric_difference_update', function (other) {
    __pytk_seq_check__ (this, 'symmetric_difference_update', set);
    return __pytk_seq_replace__ (this, __pytk_seq_symmetric__ (this, other));
});

// Set operators: both operands must be sets (else the other operand's reflected method, as
// a dict view's, decides); |=, &=, -= and ^= change a set in place.
function __pytk_seq_set_operator__ (op, method, inPlace) {
    const reflected = {'|': '__ror__', '&': '__rand__', '-': '__rsub__', '^': '__rxor__'} [op.charAt (0)];
    return function (other) {
        if (!__pytk_seq_is_set__ (this) || !__pytk_seq_is_set__ (other)) {
            if (other !== null && typeof other == 'object' && typeof other [reflected] == 'function') {
                return other [reflected] (this);
            }
            throw __pytk_seq_unsupported__ (op, this, other);
        }
        if (inPlace && this.__class__ === set) {
            __pytk_seq_replace__ (this, this [method] (other));
            return this;
        }
        return this [method] (other);
    };
}

__pytk_seq_method__ (__pytk_seq_array__, '__or__', __pytk_seq_set_operator__ ('|', 'union', false));
__pytk_seq_method__ (__pytk_seq_array__, '__and__', __pytk_seq_set_operator__ ('&', 'intersection', false));
__pytk_seq_method__ (__pytk_seq_array__, '__sub__', __pytk_seq_set_operator__ ('-', 'difference', false));
__pytk_seq_method__ (__pytk_seq_array__, '__xor__', __pytk_seq_set_operator__ ('^', 'symmetric_difference', false));
__pytk_seq_method__ (__pytk_seq_array__, '__ior__', __pytk_seq_set_operator__ ('|=', 'union', true));
__pytk_seq_method__ (__pytk_seq_array__, '__iand__', __pytk_seq_set_operator__ ('&=', 'intersection', true));
__pytk_seq_method__ (__pytk_seq_array__, '__isub__', __pytk_seq_set_operator__ ('-=', 'difference', true));
__pytk_seq_method__ (__pytk_seq_array__, '__ixor__', __pytk_seq_set_operator__ ('^=', 'symmetric_difference', true));

// ---- indexing ----

function __pytk_seq_sequence_kind__ (container) {
    return typeof container == 'string' ? 'string' : container.__class__ === range ? 'range object' :
        __pytk_seq_kind__ (container);
}

// container [key] when the fast path of __getitem__ did not answer.
function __pytk_seq_getitem__ (container, key) {
    const isArray = Array.isArray (container);
    if (isArray || typeof container == 'string' || ArrayBuffer.isView (container)) {
        if (key instanceof __PySlice__) {
            return (isArray || typeof container == 'string' ? container : __pytk_seq_array__).__getslice__.call (
                container, key.start, key.stop, key.step);
        }
        if (isArray && (container.__class__ === set || container.__class__ === frozenset)) {
            throw __pytk_seq_type_error__ ("'" + container.__class__.__name__ + "' object is not subscriptable");
        }
        const kind = isArray || typeof container == 'string' ? __pytk_seq_sequence_kind__ (container) : 'index';
        if (typeof key != 'number' || !Number.isInteger (key)) {
            if (typeof key == 'boolean' || (key !== null && key !== undefined && typeof key.__index__ == 'function')) {
                return __getitem__ (container, __pytk_seq_int__ (key));
            }
            throw __pytk_seq_type_error__ (typeof container == 'string' ?
                "string indices must be integers, not '" + __pytk_seq_typename__ (key) + "'" :
                (kind == 'range object' ? 'range' : kind) + ' indices must be integers or slices, not ' +
                __pytk_seq_typename__ (key));
        }
        const index = key < 0 ? key + container.length : key;
        if (index < 0 || index >= container.length) {
            throw __pytk_seq_index_error__ (kind + ' index out of range');
        }
        return container [index];
    }
    if (container === null || container === undefined || typeof container == 'number' || typeof container == 'boolean') {
        throw __pytk_seq_type_error__ ("'" + __pytk_seq_typename__ (container) + "' object is not subscriptable");
    }
    if (typeof container == 'function' && typeof container.__class_getitem__ == 'function') {
        // Cls [key]: an Enum's lookup by name, a generic alias...
        return container.__class_getitem__ (key);
    }
    return container [key];
}

export function __getitem__ (container, key) {
    if (typeof key == 'number' && (Array.isArray (container) || typeof container == 'string')) {
        const value = container [key < 0 ? container.length + key : key];
        if (value !== undefined) {
            return value;
        }
    }
    else if (container !== null && typeof container == 'object' && typeof container.__getitem__ == 'function') {
        return container.__getitem__ (key);
    }
    return __pytk_seq_getitem__ (container, key);
}

function __pytk_seq_setitem__ (container, key, value) {
    if (Array.isArray (container)) {
        const cls = container.__class__;
        if (cls === tuple || cls === set || cls === frozenset || cls === range) {
            throw __pytk_seq_type_error__ ("'" + cls.__name__ + "' object does not support item assignment");
        }
        if (key instanceof __PySlice__) {
            container.__setslice__ (key.start, key.stop, key.step, value);
            return;
        }
        if (typeof key != 'number' || !Number.isInteger (key)) {
            if (typeof key == 'boolean' || (key !== null && key !== undefined && typeof key.__index__ == 'function')) {
                return __setitem__ (container, __pytk_seq_int__ (key), value);
            }
            throw __pytk_seq_type_error__ ('list indices must be integers or slices, not ' + __pytk_seq_typename__ (key));
        }
        const index = key < 0 ? key + container.length : key;
        if (index < 0 || index >= container.length) {
            throw __pytk_seq_index_error__ ('list assignment index out of range');
        }
        container [index] = value;
        return;
    }
    if (typeof container == 'string' || container === null || container === undefined || typeof container == 'number' ||
            typeof container == 'boolean') {
        throw __pytk_seq_type_error__ ("'" + __pytk_seq_typename__ (container) + "' object does not support item assignment");
    }
    if (ArrayBuffer.isView (container) && typeof key == 'number' && key < 0) {
        key += container.length;
    }
    container [key] = value;
}

export function __setitem__ (container, key, value) {
    if (typeof key == 'number' && Array.isArray (container)) {
        const index = key < 0 ? key + container.length : key;
        if (index >= 0 && index < container.length && (index | 0) === index && container.__class__ === list) {
            container [index] = value;
            return;
        }
    }
    else if (container !== null && typeof container == 'object' && typeof container.__setitem__ == 'function') {
        container.__setitem__ (key, value);
        return;
    }
    __pytk_seq_setitem__ (container, key, value);
}

// A slice of a list, tuple, range or str; any other object gets a slice object.
export function __getslice__ (container, lower, upper, step) {
    if (Array.isArray (container) || typeof container == 'string') {
        return container.__getslice__ (lower, upper, step);
    }
    if (container !== null && typeof container == 'object' && typeof container.__getitem__ == 'function') {
        return container.__getitem__ (slice (lower, upper, step === 1 ? null : step));
    }
    return __pytk_seq_getitem__ (container, slice (lower, upper, step));
}

export function __setslice__ (container, lower, upper, step, value) {
    if (Array.isArray (container)) {
        container.__setslice__ (lower, upper, step, value);
        return;
    }
    if (container !== null && typeof container == 'object' && typeof container.__setitem__ == 'function') {
        container.__setitem__ (slice (lower, upper, step), value);
        return;
    }
    __pytk_seq_setitem__ (container, slice (lower, upper, step), value);
}

// ---- arithmetic on sequences ----

export function __mul__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        return __pytk_numeric_result__ (a * b, a, b);
    }
    const floatResult = __pytk_float_binary__ ('mul', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    return __tx___mul__ (a, b);
}

export function __iadd__ (a, b) {
    const ta = typeof a;
    if (ta == 'number' && typeof b == 'number') {
        return __pytk_numeric_result__ (a + b, a, b);
    }
    const floatResult = __pytk_float_binary__ ('add', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    if (ta == 'string' && typeof b == 'string') {
        return a + b;
    }
    if (a !== null && ta == 'object' && typeof a.__iadd__ == 'function') {
        return a.__iadd__ (b);
    }
    return __add__ (a, b);
}

export function __isub__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        return __pytk_numeric_result__ (a - b, a, b);
    }
    const floatResult = __pytk_float_binary__ ('sub', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    if (a !== null && typeof a == 'object' && typeof a.__isub__ == 'function') {
        return a.__isub__ (b);
    }
    return __sub__ (a, b);
}

export function __imul__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        return __pytk_numeric_result__ (a * b, a, b);
    }
    const floatResult = __pytk_float_binary__ ('mul', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    if (a !== null && typeof a == 'object' && typeof a.__imul__ == 'function') {
        return a.__imul__ (b);
    }
    return __mul__ (a, b);
}

// ---- integers past 32 bits: shifts and bitwise operators ----

function __pytk_seq_ints__ (op, a, b) {
    if (!(typeof a == 'number' && Number.isInteger (a) && typeof b == 'number' && Number.isInteger (b))) {
        throw __pytk_seq_unsupported__ (op, a, b);
    }
}

// a & b, a | b, a ^ b for integers that do not fit in 32 bits (exact up to 2 ** 53).
function __pytk_seq_bitwise__ (op, a, b) {
    if (typeof a == 'boolean' && typeof b == 'boolean') {
        return op == '&' ? a && b : op == '|' ? a || b : a !== b;
    }
    a = typeof a == 'boolean' ? +a : a;
    b = typeof b == 'boolean' ? +b : b;
    __pytk_seq_ints__ (op, a, b);
    if ((a | 0) === a && (b | 0) === b) {
        return op == '&' ? a & b : op == '|' ? a | b : a ^ b;
    }
    const x = BigInt (a);
    const y = BigInt (b);
    return Number (op == '&' ? x & y : op == '|' ? x | y : x ^ y);
}

function __pytk_seq_shift__ (a, b, left) {
    a = typeof a == 'boolean' ? +a : a;
    b = typeof b == 'boolean' ? +b : b;
    __pytk_seq_ints__ (left ? '<<' : '>>', a, b);
    if (b < 0) {
        throw __pytk_seq_value_error__ ('negative shift count');
    }
    if (left) {
        return a * Math.pow (2, b);
    }
    if (b > 1074) {
        return a < 0 ? -1 : 0;
    }
    return Math.floor (a / Math.pow (2, b)) || 0;
}

export function __lshift__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        if ((a | 0) === a && (b >>> 0) === b && b < 32) {
            const result = a << b;
            if ((result >> b) === a) {
                return result;
            }
        }
        return __pytk_seq_shift__ (a, b, true);
    }
    if (typeof a == 'boolean' || typeof b == 'boolean') {
        return __pytk_seq_shift__ (a, b, true);
    }
    return __tx___lshift__ (a, b);
}

export function __rshift__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        if ((a | 0) === a && (b >>> 0) === b && b < 32) {
            return a >> b;
        }
        return __pytk_seq_shift__ (a, b, false);
    }
    if (typeof a == 'boolean' || typeof b == 'boolean') {
        return __pytk_seq_shift__ (a, b, false);
    }
    return __tx___rshift__ (a, b);
}

function __pytk_seq_in_place__ (a, b, method, binary) {
    if (a !== null && typeof a == 'object' && typeof a [method] == 'function') {
        return a [method] (b);
    }
    return binary (a, b);
}

export function __ilshift__ (a, b) {
    return __pytk_seq_in_place__ (a, b, '__ilshift__', __lshift__);
}

export function __irshift__ (a, b) {
    return __pytk_seq_in_place__ (a, b, '__irshift__', __rshift__);
}

export function __ior__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b | 0) === b) {
        return a | b;
    }
    return __pytk_seq_in_place__ (a, b, '__ior__', __or__);
}

export function __iand__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b | 0) === b) {
        return a & b;
    }
    return __pytk_seq_in_place__ (a, b, '__iand__', __and__);
}

export function __ixor__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b | 0) === b) {
        return a ^ b;
    }
    return __pytk_seq_in_place__ (a, b, '__ixor__', __xor__);
}

// ---- zip () and del ----

function* __pytk_seq_zip_rows__ (iterators, strict) {
    if (!iterators.length) {
        return;
    }
    while (true) {
        const row = [];
        for (let index = 0; index < iterators.length; index++) {
            const step = iterators [index].next ();
            if (step.done) {
                if (strict) {
                    __pytk_seq_zip_check__ (iterators, index);
                }
                return;
            }
            row.push (step.value);
        }
        yield __pytk_seq_tuple__ (row);
    }
}

// zip (..., strict=True): the argument that ran out first (at index) must end with all others.
function __pytk_seq_zip_check__ (iterators, index) {
    const plural = function (at) { return at == 1 ? 'argument 1' : 'arguments 1-' + at; };
    if (index > 0) {
        throw __pytk_seq_value_error__ ('zip() argument ' + (index + 1) + ' is shorter than ' + plural (index));
    }
    for (let other = 1; other < iterators.length; other++) {
        if (!iterators [other].next ().done) {
            throw __pytk_seq_value_error__ ('zip() argument ' + (other + 1) + ' is longer than ' + plural (other));
        }
    }
}

// zip () is lazy, as in Python 3: it takes an item of each argument only when asked for a row.
function __pytk_seq_zip__ (iterables) {
    const options = __pytk_seq_kwargs__ (iterables);
    const strict = !!__t__ (__pytk_seq_option__ (options, 'strict', false));
    return __pytk_seq_zip_rows__ (iterables.map (__pytk_seq_iterator__), strict);
}

function __pytk_seq_check_delete__ (sequence) {
    const cls = sequence.__class__;
    if (cls === tuple || cls === set || cls === frozenset || cls === range) {
        throw __pytk_seq_type_error__ ("'" + cls.__name__ + "' object doesn't support item deletion");
    }
}

// Unpacking into `count` targets (`starred`: one of them takes the rest): CPython's errors.
export function __pytk_unpack_check__ (values, count, starred) {
    const got = values.length;
    if (starred ? got < count - 1 : got < count) {
        throw ValueError ('not enough values to unpack (expected ' + (starred ? 'at least ' + (count - 1) : count) +
                          ', got ' + got + ')', new Error ());
    }
    if (!starred && got > count) {
        throw ValueError ('too many values to unpack (expected ' + count + ')', new Error ());
    }
    return values;
}

// A generator expression, run lazily (see the compiler's generator_expressions.py for the
// clause format): [0, n] the first for, [1, test] an if, [2, iterable, n] a later for; n > 0
// unpacks each item into n variables.
export function __pytk_genexp__ (source, clauses, element) {
    return __pytk_genexp_run__ (py_iter (source), clauses, element);
}

function* __pytk_genexp_run__ (first, clauses, element) {
    function* run (index, args) {
        if (index == clauses.length) {
            yield element (...args);
            return;
        }
        const clause = clauses [index];
        if (clause [0] == 1) {
            if (__t__ (clause [1] (...args))) {
                yield* run (index + 1, args);
            }
            return;
        }
        const iterable = clause [0] == 0 ? first : py_iter (clause [1] (...args));
        const count = clause [0] == 0 ? clause [1] : clause [2];
        for (const item of iterable) {
            const values = count ? __pytk_unpack_check__ (list (item), count, false) : [item];
            yield* run (index + 1, args.concat (values));
        }
    }
    yield* run (0, []);
}
