// Python's dict for compiled code.
//
// The generator's dict is a plain JavaScript object, so its keys are property names: 1 and '1'
// are one key, tuples become '1,2', integer-like keys come first in numeric order and a missing
// key reads as undefined. This dict keeps a Map from a key's *token* to its value:
//   * a str is its own token (one Map lookup for d['name']); a str that starts with '\x01' is
//     escaped, so it cannot meet the composite tokens below, which all start with '\x01';
//   * int, float and bool are the number itself (1, 1.0 and True are one key, as in CPython);
//   * None is null; a tuple or frozenset is a string spelling its items' tokens;
//   * an object whose class defines __hash__ is looked up by hash, then by __eq__;
//     a class that defines __eq__ but no __hash__ is unhashable, as in CPython;
//   * any other object (instances, functions, classes) is its own token: identity.
// list, dict and set keys raise TypeError ("unhashable type: 'list'"), except that a list
// given straight to d[...] counts as a tuple: the generator compiles d[x, y] to
// d.__getitem__ ([x, y]) with a plain array.
// The original key of an entry whose token differs from it (True, a tuple, ...) is kept in a
// second Map, so keys come back as they went in.
//
// Compiled code reads dict methods by their generated names (d.get -> d.py_get): these are
// getters giving a bound method, so max (d, key = d.get) works. A keyword-argument function
// fills its **kwargs dict with kw [name] = value, some of the generator's own code reads
// kwargs.name, and JavaScript APIs read options objects the same way: a Proxy at the end of the
// dict prototype's chain turns writes and reads of property names that a dict does not have
// otherwise into item access (str keys only; never 'then', so a dict is not a thenable).

// overrides: dict __kwargtrans__ __mergekwargtrans__
// overrides: py_reversed tuple set max min

const __pytk_escape__ = '\x01';

// Names the generator renames in keyword arguments (f (name = 1) passes {py_name: 1}).
const __pytk_aliases__ = new Map ([
    'arguments', 'case', 'clear', 'default', 'del', 'enumerate', 'false', 'get', 'Infinity', 'is',
    'isNaN', 'iter', 'items', 'keys', 'name', 'NaN', 'new', 'next', 'pop', 'popitem', 'replace',
    'selector', 'sort', 'split', 'switch', 'TypeError', 'update', 'copy', 'deepcopy', 'values',
    'fromkeys', 'reversed', 'setdefault', 'true', 'undefined',
].map (function (name) { return ['py_' + name, name]; }).concat ([['py_metatype', 'type']]));
const __pytk_unaliases__ = new Map (Array.from (__pytk_aliases__, function (pair) { return [pair [1], pair [0]]; }));

function __pytk_keyword_name__ (jsName) {
    const name = __pytk_aliases__.get (jsName);
    return name === undefined ? jsName : name;
}

// ---- keys ----

const __pytk_identities__ = new WeakMap ();
let __pytk_next_identity__ = 0;

function __pytk_identity__ (value) {
    let identity = __pytk_identities__.get (value);
    if (identity === undefined) {
        identity = ++__pytk_next_identity__;
        __pytk_identities__.set (value, identity);
    }
    return identity;
}

function __pytk_class_name__ (value) {
    if (value === null || value === undefined) {
        return 'NoneType';
    }
    if (Array.isArray (value)) {
        return value.__class__ === tuple ? 'tuple' : value.__class__ === set ? 'set' :
            value.__class__ === frozenset ? 'frozenset' : 'list';
    }
    if (__pytk_is_pydict__ (value)) {
        return value.__class__ && value.__class__.__name__ || 'dict';
    }
    switch (typeof value) {
        case 'number': return Number.isInteger (value) ? 'int' : 'float';
        case 'boolean': return 'bool';
        case 'string': return 'str';
        case 'function': return 'function';
    }
    const cls = value.__class__;
    return cls && cls.__name__ ? cls.__name__ : typeof value;
}

function __pytk_unhashable__ (key) {
    return py_TypeError ("unhashable type: '" + __pytk_class_name__ (key) + "'", new Error ());
}

function __pytk_has_hash__ (key) {
    return typeof key.__hash__ == 'function';
}

function __pytk_is_unhashable_object__ (key) {
    // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
    return typeof key.__eq__ == 'function' && key.__eq__ !== Object.prototype.__eq__;
}

// The items of a tuple, each spelled by __pytk_part__ (inlined for numbers and strings).
function __pytk_items_token__ (token, items) {
    token += items.length + ':';
    for (let index = 0; index < items.length; index++) {
        const item = items [index];
        if (typeof item == 'number') {
            token += item + ';';
        }
        else if (typeof item == 'string') {
            token += 's' + item.length + ':' + item;
        }
        else {
            token += __pytk_part__ (item);
        }
    }
    return token;
}

// The token of a key inside a tuple or frozenset: a self-delimiting string. A number part
// starts with a digit, '-', 'I' or 'N'; the other kinds with a letter of their own.
function __pytk_part__ (key) {
    switch (typeof key) {
        case 'string':
            return 's' + key.length + ':' + key;
        case 'number':
            return key + ';';
        case 'boolean':
            return key ? '1;' : '0;';
        case 'undefined':
            return 'z';
        case 'bigint':
            return Number (key) + ';';
        case 'object':
            if (key === null) {
                return 'z';
            }
            if (key instanceof PyFloat) {
                return key.value + ';';
            }
            if (Array.isArray (key)) {
                if (key.__class__ === tuple) {
                    return __pytk_items_token__ ('t', key);
                }
                if (key.__class__ === frozenset) {
                    return 'f' + key.length + ':' + key.map (__pytk_part__).sort ().join ('');
                }
                throw __pytk_unhashable__ (key);
            }
            if (__PyDict__.__pytk_is__ (key)) {
                throw __pytk_unhashable__ (key);
            }
            if (__pytk_has_hash__ (key)) {
                return 'h' + __pytk_part__ (key.__hash__ ());
            }
            if (__pytk_is_unhashable_object__ (key)) {
                throw __pytk_unhashable__ (key);
            }
            return 'o' + __pytk_identity__ (key) + ';';
        default:
            return 'o' + __pytk_identity__ (key) + ';';
    }
}

// A key looked up by hash and then __eq__: its token is base + '#' + slot.
class __PytkHashed__ {
    constructor (base) {
        this.base = base;
    }
}

// The token of a key (never undefined). `subscript`: a plain array counts as a tuple.
function __pytk_token__ (key, subscript) {
    switch (typeof key) {
        case 'string':
            return key.charCodeAt (0) === 1 ? __pytk_escape__ + 's' + key : key;
        case 'number':
            return key;
        case 'boolean':
            return key ? 1 : 0;
        case 'undefined':
            return null;
        case 'bigint':
            return Number (key);
        case 'object':
            if (key === null) {
                return null;
            }
            if (key instanceof PyFloat) {
                return key.value;
            }
            if (Array.isArray (key)) {
                const cls = key.__class__;
                if (cls === tuple || (subscript && !Object.hasOwn (key, '__class__'))) {
                    return __pytk_items_token__ (__pytk_escape__ + 't', key);
                }
                if (cls === frozenset) {
                    return __pytk_escape__ + __pytk_part__ (key);
                }
                throw __pytk_unhashable__ (key);
            }
            if (__PyDict__.__pytk_is__ (key)) {
                throw __pytk_unhashable__ (key);
            }
            if (__pytk_has_hash__ (key)) {
                return new __PytkHashed__ (__pytk_escape__ + 'h' + __pytk_part__ (key.__hash__ ()));
            }
            if (__pytk_is_unhashable_object__ (key)) {
                throw __pytk_unhashable__ (key);
            }
            return key;
        default:
            return key;
    }
}

// A key given to d [...]: a plain array there is a tuple.
function __pytk_subscript_key__ (key) {
    if (Array.isArray (key) && !Object.hasOwn (key, '__class__')) {
        key = key.slice ();
        key.__class__ = tuple;
    }
    return key;
}

function __pytk_is_pydict__ (value) {
    return value !== null && typeof value == 'object' && __PyDict__.__pytk_is__ (value);
}

function __pytk_is_kwargs__ (value) {
    return value !== null && typeof value == 'object' && !__PyDict__.__pytk_is__ (value) &&
        Object.prototype.hasOwnProperty.call (value, '__kwargtrans__');
}

// keys (), values () and items () are lists (snapshots) that print as CPython's views; the keys
// and items ones also take set operators (d.keys () & other gives a set). A view's prototype
// carries this: one prototype switch is much cheaper than defining properties on each list.
function __pytk_view_proto__ (name, setLike) {
    const proto = Object.create (Array.prototype);
    const methods = {
        __repr__: function () {
            return name + '(' + Array.prototype.__repr__.call (__pytk_view_sync__ (this, name)) + ')';
        },
        __pytk_sync__: function () {
            return __pytk_view_sync__ (this, name);
        },
    };
    methods.__str__ = methods.__repr__;
    if (setLike) {
        methods.__and__ = function (other) {
            __pytk_view_sync__ (this, name);
            const members = __pytk_members__ (other);
            return __pytk_set_of__ (this.filter (function (item) { return members.__contains__ (item); }));
        };
        methods.__rand__ = methods.__and__;
        methods.__sub__ = function (other) {
            __pytk_view_sync__ (this, name);
            const members = __pytk_members__ (other);
            return __pytk_set_of__ (this.filter (function (item) { return !members.__contains__ (item); }));
        };
        methods.__rsub__ = function (other) {
            __pytk_view_sync__ (this, name);
            const members = __pytk_members__ (this);
            return __pytk_set_of__ (__pytk_members__ (other).__pytk_keys__ ().filter (function (item) {
                return !members.__contains__ (item);
            }));
        };
        methods.__or__ = function (other) {
            __pytk_view_sync__ (this, name);
            const members = __pytk_members__ (this);
            members.__pytk_add_all__ (other);
            return __pytk_set_of__ (members.__pytk_keys__ ());
        };
        methods.__ror__ = methods.__or__;
        methods.__xor__ = function (other) {
            __pytk_view_sync__ (this, name);
            const mine = __pytk_members__ (this);
            const theirs = __pytk_members__ (other);
            return __pytk_set_of__ (mine.__pytk_keys__ ().filter (function (item) { return !theirs.__contains__ (item); })
                .concat (theirs.__pytk_keys__ ().filter (function (item) { return !mine.__contains__ (item); })));
        };
        methods.__rxor__ = methods.__xor__;
    }
    for (const method of Object.keys (methods)) {
        Object.defineProperty (proto, method, {value: methods [method], writable: true, configurable: true});
    }
    return proto;
}

// The distinct hashable items of an iterable, as the keys of a dict.
function __pytk_members__ (iterable) {
    const members = new __PyDict__ ();
    members.__pytk_add_all__ (iterable);
    return members;
}

function __pytk_set_of__ (items) {
    const result = set ();
    for (const item of items) {
        result.push (item);
    }
    return result;
}

const __pytk_view_protos__ = {
    dict_keys: __pytk_view_proto__ ('dict_keys', true),
    dict_values: __pytk_view_proto__ ('dict_values', false),
    dict_items: __pytk_view_proto__ ('dict_items', true),
};

// Whether a value is a keys () or items () view, which compares with sets as a set.
function __pytk_is_set_view__ (value) {
    const proto = Object.getPrototypeOf (value);
    return proto === __pytk_view_protos__.dict_keys || proto === __pytk_view_protos__.dict_items;
}

function __pytk_view__ (items, name, dict) {
    Object.setPrototypeOf (items, __pytk_view_protos__ [name]);
    items.__pytk_of__ = dict;
    items.__pytk_at__ = __PyDict__.prototype.__pytk_version__.call (dict);
    return items;
}

// A view is a list of what the dict held when it was made, read again from the dict when the
// dict has changed since: the runtime's entry points (len, in, iteration, ==, list ...) call this.
function __pytk_view_sync__ (view, name) {
    const dict = view.__pytk_of__;
    // Called through __PyDict__'s own methods: a subclass instance (Counter) may lack them.
    const methods = __PyDict__.prototype;
    if (dict !== undefined && methods.__pytk_version__.call (dict) !== view.__pytk_at__) {
        const fresh = (name == 'dict_keys' ? methods.__pytk_keys__ : name == 'dict_values' ? methods.__pytk_values__ :
            methods.__pytk_items__).call (dict);
        view.length = 0;
        for (const item of fresh) {
            view.push (item);
        }
        view.__pytk_at__ = methods.__pytk_version__.call (dict);
    }
    return view;
}

const __pytk_repr_running__ = new Set ();

function __pytk_json_name__ (key) {
    switch (typeof key) {
        case 'string':
            return key;
        case 'number':
            return key === Infinity ? 'Infinity' : key === -Infinity ? '-Infinity' : String (key);
        case 'boolean':
            return key ? 'true' : 'false';
        case 'undefined':
            return 'null';
        case 'object':
            if (key === null) {
                return 'null';
            }
    }
    throw py_TypeError ('keys must be str, int, float, bool or None, not ' + __pytk_class_name__ (key), new Error ());
}

function __pytk_define__ (target, name, value) {
    if (name === '__proto__') {
        Object.defineProperty (target, name, {value: value, writable: true, enumerable: true, configurable: true});
    }
    else {
        target [name] = value;
    }
}

// ---- the dict ----

class __PyDict__ {
    #m = new Map ();    // token -> value, in insertion order
    #k = null;          // token -> key, for keys that are not their own token
    #b = null;          // bound methods handed out by the py_... getters
    #hc = 0;            // highest slot used by keys looked up through __hash__
    #v = 0;             // bumped by every change, so views know when to read the dict again

    // -- core --

    #keyOf (token) {
        if (this.#k !== null) {
            const key = this.#k.get (token);
            if (key !== undefined) {
                return key;
            }
        }
        return token;
    }

    #probe (key, base, insert) {
        let free;
        for (let slot = 0; slot <= this.#hc; slot++) {
            const token = base + '#' + slot;
            if (this.#m.has (token)) {
                if (__pytk_equal__ (this.#k.get (token), key)) {
                    return token;
                }
            }
            else if (free === undefined) {
                free = token;
            }
        }
        if (!insert) {
            return undefined;
        }
        if (free === undefined) {
            this.#hc += 1;
            free = base + '#' + this.#hc;
        }
        return free;
    }

    // The token under which key is stored or would be; undefined (never a stored token) for a key
    // looked up through __hash__ that is not there.
    #find (key, subscript) {
        if (typeof key == 'string') {
            return key.charCodeAt (0) === 1 ? __pytk_escape__ + 's' + key : key;
        }
        if (typeof key == 'number') {
            return key;
        }
        const token = __pytk_token__ (key, subscript);
        return token instanceof __PytkHashed__ ? this.#probe (key, token.base, false) : token;
    }

    #set (key, value, subscript) {
        if (typeof key == 'string' && key.charCodeAt (0) !== 1) {
            this.#m.set (key, value); this.#v++;
            return;
        }
        if (typeof key == 'number') {
            this.#m.set (key, value); this.#v++;
            return;
        }
        if (key === undefined) {
            key = null;
        }
        let token = __pytk_token__ (key, subscript);
        if (token instanceof __PytkHashed__) {
            token = this.#probe (key, token.base, true);
        }
        this.#store (token, key, value);
    }

    #store (token, key, value) {
        if (token !== key && !this.#m.has (token)) {
            if (this.#k === null) {
                this.#k = new Map ();
            }
            this.#k.set (token, key);
        }
        this.#m.set (token, value); this.#v++;
    }

    #remove (token) {
        this.#m.delete (token); this.#v++;
        if (this.#k !== null) {
            this.#k.delete (token);
        }
    }

    #get (key, subscript) {
        const token = this.#find (key, subscript);
        const value = this.#m.get (token);
        if (value === undefined && !this.#m.has (token)) {
            if (this.__class__ !== dict && typeof this.__missing__ == 'function') {
                return this.__missing__ (key);
            }
            throw KeyError (__pytk_subscript_key__ (key), new Error ());
        }
        return value;
    }

    #bound (name, method) {
        if (this.#b === null) {
            this.#b = {};
        }
        return this.#b [name] || (this.#b [name] = method.bind (this));
    }

    // Copy every entry of another dict (its tokens are valid here too, but for hashed keys).
    #absorb (other) {
        if (this.#m.size === 0 && other.#hc === 0) {
            this.#m = new Map (other.#m);
            this.#k = other.#k === null ? null : new Map (other.#k);
            return;
        }
        for (const [token, value] of other.#m) {
            const key = other.#keyOf (token);
            if (typeof token == 'string' && token.charCodeAt (0) === 1 && token.charCodeAt (1) === 104) {  // 'h'
                this.#set (key, value, false);
            }
            else {
                this.#store (token, key, value);
            }
        }
    }

    // What dict (x) and d.update (x) take: a dict, a mapping with keys (), an iterable of pairs
    // or a plain JavaScript object (its own enumerable properties).
    #merge (source) {
        if (__pytk_is_pydict__ (source)) {
            this.#absorb (source);
            return;
        }
        if (source === null || source === undefined) {
            throw py_TypeError ("'NoneType' object is not iterable", new Error ());
        }
        if (typeof source != 'object' && typeof source != 'function') {
            if (typeof source == 'string') {
                this.#pairs (source);
                return;
            }
            throw py_TypeError ("'" + __pytk_class_name__ (source) + "' object is not iterable", new Error ());
        }
        if (Array.isArray (source)) {
            this.#pairs (source);
            return;
        }
        if (typeof source.py_keys == 'function' && typeof source.__getitem__ == 'function') {
            for (const key of __i__ (source.py_keys ())) {
                this.#set (key, source.__getitem__ (key), false);
            }
            return;
        }
        if (typeof source [Symbol.iterator] == 'function' || typeof source.__iter__ == 'function' ||
                typeof source.__next__ == 'function') {
            this.#pairs (__i__ (source));
            return;
        }
        for (const name of Object.keys (source)) {
            this.#set (name, source [name], false);
        }
    }

    #pairs (iterable) {
        let index = 0;
        for (const item of iterable) {
            let pair = item;
            if (!Array.isArray (pair)) {
                if (pair === null || pair === undefined || typeof pair == 'number' || typeof pair == 'boolean' ||
                        (typeof pair != 'string' && typeof pair [Symbol.iterator] != 'function' &&
                         typeof pair.__iter__ != 'function')) {
                    throw py_TypeError ('cannot convert dictionary update sequence element #' + index +
                        ' to a sequence', new Error ());
                }
                pair = Array.from (__i__ (pair));
            }
            if (pair.length !== 2) {
                throw ValueError ('dictionary update sequence element #' + index + ' has length ' + pair.length +
                    '; 2 is required', new Error ());
            }
            this.#set (pair [0], pair [1], false);
            index++;
        }
    }

    #keywords (kwargs) {
        for (const name of Object.keys (kwargs)) {
            if (name !== '__kwargtrans__' && name !== 'constructor') {
                this.#set (__pytk_keyword_name__ (name), kwargs [name], false);
            }
        }
    }

    // dict ({...}): a dict display with str keys, or a plain object (JSON.parse gives those).
    __pytk_from_object__ (source) {
        for (const name in source) {
            this.#set (name, source [name], false);
        }
    }

    // update (other, **kw) and dict (other, **kw), given their arguments.
    __pytk_update__ (args, what) {
        let count = args.length;
        let kwargs = null;
        if (count && __pytk_is_kwargs__ (args [count - 1])) {
            kwargs = args [--count];
        }
        if (count > 1) {
            throw py_TypeError (what + ' expected at most 1 argument, got ' + count, new Error ());
        }
        if (count === 1) {
            this.#merge (args [0]);
        }
        if (kwargs !== null) {
            this.#keywords (kwargs);
        }
    }

    __pytk_version__ () {
        return this.#v;
    }

    __pytk_keys__ () {
        if (this.#k === null) {
            return Array.from (this.#m.keys ());
        }
        const keys = [];
        for (const token of this.#m.keys ()) {
            keys.push (this.#keyOf (token));
        }
        return keys;
    }

    __pytk_values__ () {
        return Array.from (this.#m.values ());
    }

    __pytk_items__ () {
        const items = [];
        for (const [token, value] of this.#m) {
            const pair = [this.#keyOf (token), value];
            pair.__class__ = tuple;
            items.push (pair);
        }
        return items;
    }

    // The keyword-argument object that f (**d) passes: names as the generator spells them.
    __pytk_kwargs__ () {
        const kwargs = {};
        for (const [token, value] of this.#m) {
            const name = this.#keyOf (token);
            if (typeof name != 'string') {
                throw py_TypeError ('keywords must be strings', new Error ());
            }
            const jsName = __pytk_unaliases__.get (name);
            if (jsName === undefined) {
                __pytk_define__ (kwargs, name, value);
            }
            else {
                kwargs [jsName] = value;
                if (!Object.prototype.hasOwnProperty.call (kwargs, name)) {
                    // Also readable under its Python name ("{name}".format (**d)), but not enumerated.
                    Object.defineProperty (kwargs, name, {value: value, writable: true, configurable: true});
                }
            }
        }
        return kwargs;
    }

    // Each item of an iterable as a key (with value None), for the set operations of views.
    __pytk_add_all__ (iterable) {
        for (const key of __i__ (iterable)) {
            if (!this.#m.has (this.#find (key, false))) {
                this.#set (key, null, false);
            }
        }
    }

    // Item access by property name, for the prototype chain's Proxy.
    __pytk_property__ (name) {
        return this.#m.get (__pytk_token__ (__pytk_keyword_name__ (name), false));
    }

    __pytk_set_property__ (name, value) {
        if (name !== '__kwargtrans__') {
            this.#set (__pytk_keyword_name__ (name), value, false);
        }
    }

    // -- Python's special methods --

    __getitem__ (key) {
        return this.#get (key, true);
    }

    __setitem__ (key, value) {
        if (typeof key == 'object' && Array.isArray (key) && !Object.hasOwn (key, '__class__')) {
            // d [x, y] = v: the generator passes the tuple as a plain array; keep a tuple as the key.
            const token = __pytk_items_token__ (__pytk_escape__ + 't', key);
            if (!this.#m.has (token)) {
                key = key.slice ();
                key.__class__ = tuple;
                this.#store (token, key, value);
            }
            else {
                this.#m.set (token, value); this.#v++;
            }
            return;
        }
        this.#set (key, value, false);
    }

    __delitem__ (key) {
        const token = this.#find (key, true);
        if (!this.#m.has (token)) {
            throw KeyError (__pytk_subscript_key__ (key), new Error ());
        }
        this.#remove (token);
    }

    __contains__ (key) {
        return this.#m.has (this.#find (key, false));
    }

    __len__ () {
        return this.#m.size;
    }

    __bool__ () {
        return this.#m.size !== 0;
    }

    // Iteration over the keys, live: a change of size in between raises RuntimeError, as in CPython.
    [Symbol.iterator] () {
        const dict = this;
        const tokens = this.#m.keys ();
        const size = this.#m.size;
        return {
            next () {
                if (dict.#m.size !== size) {
                    throw RuntimeError ('dictionary changed size during iteration', new Error ());
                }
                const step = tokens.next ();
                return step.done ? step : {value: dict.#keyOf (step.value), done: false};
            },
            [Symbol.iterator] () {
                return this;
            },
        };
    }

    __iter__ () {
        const keys = this [Symbol.iterator] ();
        return {
            __next__ () {
                const step = keys.next ();
                if (step.done) {
                    throw StopIteration (new Error ());
                }
                return step.value;
            },
            next () {
                return keys.next ();
            },
            [Symbol.iterator] () {
                return this;
            },
        };
    }

    __reversed__ () {
        return this.__pytk_keys__ ().reverse ();
    }

    __eq__ (other) {
        if (this === other) {
            return true;
        }
        if (!(__pytk_is_pydict__ (other)) || this.#m.size !== other.#m.size) {
            return false;
        }
        for (const [token, value] of this.#m) {
            let otherToken = token;
            if (typeof token == 'string' && token.charCodeAt (0) === 1 && token.charCodeAt (1) === 104) {  // 'h'
                otherToken = other.#probe (this.#keyOf (token), token.slice (0, token.lastIndexOf ('#')), false);
            }
            const otherValue = other.#m.get (otherToken);
            if (otherValue === undefined && !other.#m.has (otherToken)) {
                return false;
            }
            if (!__pytk_equal__ (value, otherValue)) {
                return false;
            }
        }
        return true;
    }

    __ne__ (other) {
        return !__pytk_equal__ (this, other);
    }

    __or__ (other) {
        if (!(__pytk_is_pydict__ (other))) {
            throw py_TypeError ("unsupported operand type(s) for |: 'dict' and '" + __pytk_class_name__ (other) + "'",
                new Error ());
        }
        const merged = this.__pytk_copy__ ();
        merged.#absorb (other);
        return merged;
    }

    __ior__ (other) {
        this.#merge (other);
        return this;
    }

    __repr__ () {
        if (__pytk_repr_running__.has (this)) {
            return '{...}';
        }
        __pytk_repr_running__.add (this);
        try {
            const parts = [];
            for (const [token, value] of this.#m) {
                parts.push (repr (this.#keyOf (token)) + ': ' + repr (value));
            }
            return '{' + parts.join (', ') + '}';
        }
        finally {
            __pytk_repr_running__.delete (this);
        }
    }

    __str__ () {
        return this.__repr__ ();
    }

    toString () {
        return this.__repr__ ();
    }

    // JSON.stringify (d): an object of the string keys (other keys converted as Python's json does).
    toJSON () {
        const result = {};
        for (const [token, value] of this.#m) {
            __pytk_define__ (result, __pytk_json_name__ (this.#keyOf (token)), value);
        }
        return result;
    }

    __pytk_copy__ () {
        const copy = new __PyDict__ ();
        copy.#m = new Map (this.#m);
        copy.#k = this.#k === null ? null : new Map (this.#k);
        copy.#hc = this.#hc;
        return copy;
    }

    // -- Python's methods, under the names the generator gives them --
    // A setter stores an item: f (keys = 1) gives its **kwargs dict kw ['py_keys'] = 1.

    get py_keys () {
        return this.#bound ('keys', __pytk_dict_keys__);
    }

    set py_keys (value) {
        this.__pytk_set_property__ ('py_keys', value);
    }

    get py_values () {
        return this.#bound ('values', __pytk_dict_values__);
    }

    set py_values (value) {
        this.__pytk_set_property__ ('py_values', value);
    }

    get py_items () {
        return this.#bound ('items', __pytk_dict_items__);
    }

    set py_items (value) {
        this.__pytk_set_property__ ('py_items', value);
    }

    get py_get () {
        return this.#bound ('get', __pytk_dict_get__);
    }

    set py_get (value) {
        this.__pytk_set_property__ ('py_get', value);
    }

    get py_pop () {
        return this.#bound ('pop', __pytk_dict_pop__);
    }

    set py_pop (value) {
        this.__pytk_set_property__ ('py_pop', value);
    }

    get py_popitem () {
        return this.#bound ('popitem', __pytk_dict_popitem__);
    }

    set py_popitem (value) {
        this.__pytk_set_property__ ('py_popitem', value);
    }

    get py_setdefault () {
        return this.#bound ('setdefault', __pytk_dict_setdefault__);
    }

    set py_setdefault (value) {
        this.__pytk_set_property__ ('py_setdefault', value);
    }

    get py_update () {
        return this.#bound ('update', __pytk_dict_update__);
    }

    set py_update (value) {
        this.__pytk_set_property__ ('py_update', value);
    }

    get py_clear () {
        return this.#bound ('clear', __pytk_dict_clear__);
    }

    set py_clear (value) {
        this.__pytk_set_property__ ('py_clear', value);
    }

    get py_copy () {
        return this.#bound ('copy', __pytk_dict_copy__);
    }

    set py_copy (value) {
        this.__pytk_set_property__ ('py_copy', value);
    }

    // Used by the method implementations below.
    __pytk_get__ (key, fallback) {
        const token = this.#find (key, false);
        const value = this.#m.get (token);
        return value === undefined && !this.#m.has (token) ? fallback : value;
    }

    __pytk_pop__ (key, fallback, hasFallback) {
        const token = this.#find (key, false);
        const value = this.#m.get (token);
        if (value === undefined && !this.#m.has (token)) {
            if (hasFallback) {
                return fallback;
            }
            throw KeyError (key, new Error ());
        }
        this.#remove (token);
        return value;
    }

    __pytk_popitem__ () {
        if (this.#m.size === 0) {
            throw KeyError ('popitem(): dictionary is empty', new Error ());
        }
        let last;
        for (const token of this.#m.keys ()) {
            last = token;
        }
        const pair = [this.#keyOf (last), this.#m.get (last)];
        pair.__class__ = tuple;
        this.#remove (last);
        return pair;
    }

    __pytk_setdefault__ (key, fallback) {
        const token = this.#find (key, false);
        const value = this.#m.get (token);
        if (value === undefined && !this.#m.has (token)) {
            this.#set (key, fallback, false);
            return fallback;
        }
        return value;
    }

    __pytk_clear__ () {
        this.#m.clear (); this.#v++;
        this.#k = null;
        this.#hc = 0;
    }

    // Is value a dict (a subclass instance included)? value must be an object.
    static __pytk_is__ (value) {
        return #m in value;
    }

    static {
        // Instances of the generator's classes have __class__; so has a dict, for isinstance and type ().
        Object.defineProperty (this.prototype, '__class__', {value: dict, writable: true, configurable: true});
        // Read by every keyword-argument function given a dict last: keep it off the Proxy.
        Object.defineProperty (this.prototype, 'hasOwnProperty', {value: Object.prototype.hasOwnProperty,
            writable: true, configurable: true});
        Object.defineProperty (this.prototype, '__hash__', {value: null, writable: true, configurable: true});
        // Reads and writes of other names reach this Proxy; the receiver is the dict, or an object
        // inheriting from one (Intl and others read options through Object.create (options)).
        const holder = function (receiver) {
            while (receiver !== null && !__PyDict__.__pytk_is__ (receiver)) {
                receiver = Object.getPrototypeOf (receiver);
            }
            return receiver;
        };
        Object.setPrototypeOf (this.prototype, new Proxy (Object.prototype, {
            get (target, name, receiver) {
                if (typeof name == 'string' && name !== 'then' && !(name in target)) {
                    const instance = holder (receiver);
                    if (instance !== null) {
                        return instance.__pytk_property__ (name);
                    }
                }
                return Reflect.get (target, name, receiver);
            },
            set (target, name, value, receiver) {
                if (typeof name == 'string' && !(name in target) && __PyDict__.__pytk_is__ (receiver)) {
                    receiver.__pytk_set_property__ (name, value);
                    return true;
                }
                return Reflect.set (target, name, value, receiver);
            },
        }));
    }
}

// The methods behind the py_... getters (`this` is the dict).

function __pytk_dict_keys__ () {
    return __pytk_view__ (this.__pytk_keys__ (), 'dict_keys', this);
}

function __pytk_dict_values__ () {
    return __pytk_view__ (this.__pytk_values__ (), 'dict_values', this);
}

function __pytk_dict_items__ () {
    return __pytk_view__ (this.__pytk_items__ (), 'dict_items', this);
}

function __pytk_dict_get__ (key, fallback) {
    return this.__pytk_get__ (key, fallback === undefined ? null : fallback);
}

function __pytk_dict_pop__ (key, fallback) {
    return this.__pytk_pop__ (key, fallback, arguments.length > 1);
}

function __pytk_dict_popitem__ () {
    return this.__pytk_popitem__ ();
}

function __pytk_dict_setdefault__ (key, fallback) {
    return this.__pytk_setdefault__ (key, fallback === undefined ? null : fallback);
}

function __pytk_dict_update__ () {
    this.__pytk_update__ (arguments, 'update');
    return null;
}

function __pytk_dict_clear__ () {
    this.__pytk_clear__ ();
    return null;
}

function __pytk_dict_copy__ () {
    return this.__pytk_copy__ ();
}

function __pytk_dict_fromkeys__ (iterable, value) {
    if (iterable === undefined) {
        throw py_TypeError ('fromkeys expected at least 1 argument, got 0', new Error ());
    }
    const result = new __PyDict__ ();
    value = value === undefined ? null : value;
    for (const key of __i__ (iterable)) {
        result.__setitem__ (key, value);
    }
    return result;
}

Object.defineProperty (__PyDict__.prototype, 'py_fromkeys', {
    get () { return __pytk_dict_fromkeys__; },
    set (value) { this.__pytk_set_property__ ('py_fromkeys', value); },
    configurable: true,
});

// dict (), dict (mapping_or_pairs), dict (**kw), dict (x, **kw); also a plain JavaScript object.
export function dict (source) {
    const instance = new __PyDict__ ();
    if (arguments.length === 1 && source !== null && typeof source == 'object' &&
            Object.getPrototypeOf (source) === Object.prototype && !Object.hasOwn (source, '__kwargtrans__')) {
        instance.__pytk_from_object__ (source);
    }
    else if (arguments.length) {
        instance.__pytk_update__ (arguments, 'dict');
    }
    return instance;
}
dict.__name__ = 'dict';
dict.__bases__ = [object];
dict.py_fromkeys = __pytk_dict_fromkeys__;

// ---- subclasses: class Counts (dict) ----
// The generator's classes are objects that their instances inherit from, and a subclass copies
// its bases' own enumerable properties: give dict a constructor and its methods in the
// generator's style (unbound on the class, bound on an instance).

dict.__metaclass__ = py_metatype;
dict.__new__ = function (args) {
    const instance = new __PyDict__ ();
    Object.setPrototypeOf (instance, this);
    Object.defineProperty (instance, '__class__', {value: this, enumerable: true});
    this.__init__.apply (null, [instance].concat (args));
    return instance;
};
dict.__init__ = function (self) {
    self.__pytk_update__ ([].slice.call (arguments, 1), 'dict');
};
(function () {
    const methods = {
        __getitem__: __PyDict__.prototype.__getitem__, __setitem__: __PyDict__.prototype.__setitem__,
        __delitem__: __PyDict__.prototype.__delitem__, __contains__: __PyDict__.prototype.__contains__,
        __len__: __PyDict__.prototype.__len__, __bool__: __PyDict__.prototype.__bool__,
        __iter__: __PyDict__.prototype.__iter__, __reversed__: __PyDict__.prototype.__reversed__,
        __eq__: __PyDict__.prototype.__eq__, __ne__: __PyDict__.prototype.__ne__,
        __or__: __PyDict__.prototype.__or__, __ior__: __PyDict__.prototype.__ior__,
        __repr__: __PyDict__.prototype.__repr__, __str__: __PyDict__.prototype.__str__,
        py_keys: __pytk_dict_keys__, py_values: __pytk_dict_values__, py_items: __pytk_dict_items__,
        py_get: __pytk_dict_get__, py_pop: __pytk_dict_pop__, py_popitem: __pytk_dict_popitem__,
        py_setdefault: __pytk_dict_setdefault__, py_update: __pytk_dict_update__, py_clear: __pytk_dict_clear__,
        py_copy: __pytk_dict_copy__,
    };
    for (const name of Object.keys (methods)) {
        const method = methods [name];
        const unbound = function (self) {
            return method.apply (self, [].slice.call (arguments, 1));
        };
        Object.defineProperty (dict, name, {
            get () { return __get__ (this, unbound); },
            enumerable: true,
            configurable: true,
        });
    }
    // Inherited from the dict class by subclass instances (whose prototype is their class);
    // toString and toJSON also serve the classes themselves.
    Object.defineProperty (dict, 'toString', {
        value: function () {
            return __pytk_is_pydict__ (this) ? this.__repr__ () : Function.prototype.toString.call (this);
        },
        writable: true, enumerable: true, configurable: true,
    });
    Object.defineProperty (dict, 'toJSON', {
        value: function () {
            return __pytk_is_pydict__ (this) ? __PyDict__.prototype.toJSON.call (this) : undefined;
        },
        writable: true, enumerable: true, configurable: true,
    });
    for (const name of ['hasOwnProperty', '__pytk_update__', '__pytk_keys__', '__pytk_add_all__',
                        '__pytk_values__', '__pytk_items__', '__pytk_kwargs__', '__pytk_property__',
                        '__pytk_set_property__', '__pytk_copy__', '__pytk_get__', '__pytk_pop__',
                        '__pytk_popitem__', '__pytk_setdefault__', '__pytk_clear__']) {
        Object.defineProperty (dict, name, {value: __PyDict__.prototype [name], writable: true, enumerable: true,
            configurable: true});
    }
    Object.defineProperty (dict, Symbol.iterator, {value: __PyDict__.prototype [Symbol.iterator], writable: true,
        configurable: true});
}) ();

// ---- hash () ----

function __pytk_string_hash__ (text) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < text.length; index++) {
        hash ^= text.charCodeAt (index);
        hash = Math.imul (hash, 0x01000193);
    }
    return hash | 0;
}

export function hash (value) {
    if (value instanceof PyFloat) {
        value = value.value;
    }
    switch (typeof value) {
        case 'number':
            if (Number.isInteger (value)) {
                return value === -1 ? -2 : value;
            }
            return Number.isNaN (value) ? 0 : __pytk_string_hash__ (String (value));
        case 'boolean':
            return value ? 1 : 0;
        case 'string':
            return __pytk_string_hash__ (value);
        case 'undefined':
            return 0x0fca8642;
        case 'object':
            if (value === null) {
                return 0x0fca8642;
            }
            if (Array.isArray (value)) {
                if (value.__class__ === tuple) {
                    let result = 0x345678 ^ value.length;
                    for (const item of value) {
                        result = Math.imul (result ^ (hash (item) | 0), 1000003) | 0;
                    }
                    return result === -1 ? -2 : result;
                }
                if (value.__class__ === frozenset) {
                    let result = 0x345678;
                    for (const item of value) {
                        result ^= Math.imul (hash (item) | 0, 0x5bd1e995);
                    }
                    return result | 0;
                }
                throw __pytk_unhashable__ (value);
            }
            if (__PyDict__.__pytk_is__ (value)) {
                throw __pytk_unhashable__ (value);
            }
            if (__pytk_has_hash__ (value)) {
                return value.__hash__ ();
            }
            if (__pytk_is_unhashable_object__ (value)) {
                throw __pytk_unhashable__ (value);
            }
            return __pytk_identity__ (value);
        default:
            return __pytk_identity__ (value);
    }
}

// ---- keyword arguments: f (**d) ----

export function __kwargtrans__ (anObject) {
    return __tx___kwargtrans__ (__pytk_is_pydict__ (anObject) ? anObject.__pytk_kwargs__ () : anObject);
}

export function __mergekwargtrans__ (object0, object1) {
    return __tx___mergekwargtrans__ (__pytk_is_pydict__ (object0) ? object0.__pytk_kwargs__ () : object0,
        __pytk_is_pydict__ (object1) ? object1.__pytk_kwargs__ () : object1);
}

// ---- builtins that take any iterable, a dict included ----

// A dict, iterator or other non-array iterable as an array; anything else unchanged.
function __pytk_as_array__ (iterable) {
    if (__pytk_is_pydict__ (iterable)) {
        return iterable.__pytk_keys__ ();
    }
    if (Array.isArray (iterable) && iterable.__pytk_sync__ !== undefined) {
        return iterable.__pytk_sync__ ();
    }
    if (iterable !== null && typeof iterable == 'object' && !Array.isArray (iterable) &&
            (typeof iterable [Symbol.iterator] == 'function' || typeof iterable.__iter__ == 'function' ||
             typeof iterable.__next__ == 'function')) {
        return Array.from (__i__ (iterable));
    }
    return iterable;
}

export function py_reversed (iterable) {
    if (__pytk_is_pydict__ (iterable)) {
        return iterable.__reversed__ ();
    }
    return __tx_py_reversed (iterable);
}

export function tuple (iterable) {
    return __tx_tuple (__pytk_as_array__ (iterable));
}

export function set (iterable) {
    return __tx_set (__pytk_as_array__ (iterable));
}

function __pytk_min_max_args__ (args) {
    let count = args.length;
    if (count && __pytk_is_kwargs__ (args [count - 1])) {
        count--;
    }
    if (count === 1) {
        const single = args [0];
        const array = typeof single == 'string' ? single.split ('') : __pytk_as_array__ (single);
        if (array !== single) {
            args = args.slice ();
            args [0] = array;
        }
    }
    return args;
}

export function max (...args) {
    return __tx_max (...__pytk_min_max_args__ (args));
}

export function min (...args) {
    return __tx_min (...__pytk_min_max_args__ (args));
}
