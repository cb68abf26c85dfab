// Shallow and deep copy operations: a browser version of the stdlib module `copy`.
//
// Written in JavaScript rather than Python because the generator's runtime module imports
// `copy` itself: a JavaScript module needs no compiling and only reads the runtime's names when
// it is called, so the two modules can import each other.
//
// copy (x) and deepcopy (x, memo) follow CPython: __copy__ and __deepcopy__ (memo) are used
// when a class defines them; lists, dicts (and dict subclasses), sets and instances of
// classes are copied; tuples and frozensets are themselves when their items are; numbers,
// strings, None, functions and classes are not copied. deepcopy keeps shared and cyclic
// references shared and cyclic. The memo given to __deepcopy__ is a dict keyed by id (obj).

import * as __pytk_rt__ from './org.transcrypt.__runtime__.js';

const __pytk_copy_ids__ = new WeakMap ();
let __pytk_copy_next_id__ = 1;

function __pytk_copy_id__ (value) {
    if (typeof __pytk_rt__.id == 'function') {
        return __pytk_rt__.id (value);
    }
    let identity = __pytk_copy_ids__.get (value);
    if (identity === undefined) {
        identity = __pytk_copy_next_id__++;
        __pytk_copy_ids__.set (value, identity);
    }
    return identity;
}

function __pytk_copy_atomic__ (x) {
    return x === null || x === undefined || typeof x != 'object' || x instanceof RegExp;
}

function __pytk_copy_is_dict__ (x) {
    return typeof x.__pytk_copy__ == 'function' && typeof x.py_items == 'function';
}

function __pytk_copy_class__ (x) {
    return Object.prototype.hasOwnProperty.call (x, '__class__') ? x.__class__ : undefined;
}

// A user-defined __copy__ / __deepcopy__ (not the runtime's own list or dict methods).
function __pytk_copy_hook__ (x, name) {
    if (Array.isArray (x) && !Object.prototype.hasOwnProperty.call (Object.getPrototypeOf (x), name)) {
        return null;
    }
    let hook;
    try {
        hook = x [name];
    }
    catch (exception) {
        return null;
    }
    return typeof hook == 'function' ? hook : null;
}

// An empty instance of x's class (for dicts, with x's items when keepItems).
function __pytk_copy_blank__ (x, keepItems) {
    let result;
    if (__pytk_copy_is_dict__ (x)) {
        result = x.__pytk_copy__ ();
        if (!keepItems) {
            result.__pytk_clear__ ();
        }
        Object.setPrototypeOf (result, Object.getPrototypeOf (x));
    }
    else {
        result = Object.create (Object.getPrototypeOf (x));
    }
    return result;
}

function __pytk_copy_attributes__ (x, result, convert) {
    for (const key of Object.getOwnPropertyNames (x)) {
        const descriptor = Object.getOwnPropertyDescriptor (x, key);
        if ('value' in descriptor && key != '__class__') {
            descriptor.value = convert (descriptor.value);
        }
        Object.defineProperty (result, key, descriptor);
    }
}

export function py_copy (x) {
    if (__pytk_copy_atomic__ (x)) {
        return x;
    }
    const hook = __pytk_copy_hook__ (x, '__copy__');
    if (hook !== null) {
        return hook.call (x);
    }
    if (Array.isArray (x)) {
        const cls = __pytk_copy_class__ (x);
        if (cls === undefined) {
            return x.slice ();
        }
        if (cls === __pytk_rt__.tuple || cls === __pytk_rt__.frozenset || cls.__name__ == 'range') {
            return x;
        }
        if (cls === __pytk_rt__.set) {
            return __pytk_rt__.set (x);
        }
        const result = x.slice ();
        Object.setPrototypeOf (result, Object.getPrototypeOf (x));
        __pytk_copy_attributes__ (x, result, function (value) { return value; });
        return result;
    }
    if (x instanceof Date) {
        return new Date (x.getTime ());
    }
    if (__pytk_copy_is_dict__ (x)) {
        const result = __pytk_copy_blank__ (x, true);
        __pytk_copy_attributes__ (x, result, function (value) { return value; });
        return result;
    }
    if (__pytk_copy_class__ (x) === undefined && Object.getPrototypeOf (x) === Object.prototype) {
        return Object.assign ({}, x);
    }
    const result = __pytk_copy_blank__ (x, false);
    __pytk_copy_attributes__ (x, result, function (value) { return value; });
    return result;
}

export function py_deepcopy (x, memo) {
    if (memo === undefined || memo === null) {
        memo = __pytk_rt__.dict ();
    }
    return __pytk_deepcopy__ (x, memo);
}

function __pytk_deepcopy__ (x, memo) {
    if (__pytk_copy_atomic__ (x)) {
        return x;
    }
    const key = __pytk_copy_id__ (x);
    if (memo.__contains__ (key)) {
        return memo.__getitem__ (key);
    }
    const deep = function (value) { return __pytk_deepcopy__ (value, memo); };
    const hook = __pytk_copy_hook__ (x, '__deepcopy__');
    if (hook !== null) {
        const result = hook.call (x, memo);
        memo.__setitem__ (key, result);
        return result;
    }
    if (Array.isArray (x)) {
        const cls = __pytk_copy_class__ (x);
        if (cls === __pytk_rt__.tuple || cls === __pytk_rt__.frozenset) {
            const items = x.map (deep);
            if (memo.__contains__ (key)) {
                return memo.__getitem__ (key);
            }
            if (items.every (function (item, index) { return item === x [index]; })) {
                return x;
            }
            const result = cls === __pytk_rt__.tuple ? __pytk_rt__.tuple (items) : __pytk_rt__.frozenset (items);
            if (Object.getPrototypeOf (x) !== Array.prototype) {
                Object.setPrototypeOf (result, Object.getPrototypeOf (x));
            }
            memo.__setitem__ (key, result);
            return result;
        }
        if (cls !== undefined && cls.__name__ == 'range') {
            return x;
        }
        if (cls === __pytk_rt__.set) {
            const result = __pytk_rt__.set (x.map (deep));
            memo.__setitem__ (key, result);
            return result;
        }
        const result = [];
        if (Object.getPrototypeOf (x) !== Array.prototype) {
            Object.setPrototypeOf (result, Object.getPrototypeOf (x));
        }
        memo.__setitem__ (key, result);
        for (const item of x) {
            result.push (deep (item));
        }
        if (cls !== undefined) {
            __pytk_copy_attributes__ (x, result, deep);
        }
        return result;
    }
    if (x instanceof Date) {
        return new Date (x.getTime ());
    }
    if (__pytk_copy_is_dict__ (x)) {
        const result = __pytk_copy_blank__ (x, false);
        memo.__setitem__ (key, result);
        __pytk_copy_attributes__ (x, result, deep);
        for (const pair of x.py_items ()) {
            result.__setitem__ (deep (pair [0]), deep (pair [1]));
        }
        return result;
    }
    if (__pytk_copy_class__ (x) === undefined && Object.getPrototypeOf (x) === Object.prototype) {
        const result = {};
        memo.__setitem__ (key, result);
        for (const name of Object.keys (x)) {
            result [name] = deep (x [name]);
        }
        return result;
    }
    const result = __pytk_copy_blank__ (x, false);
    memo.__setitem__ (key, result);
    __pytk_copy_attributes__ (x, result, deep);
    return result;
}
