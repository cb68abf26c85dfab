// Python's bytes and bytearray. A bytes value is a Uint8Array (so browser APIs take it as it
// is) of class __PyBytes__; a bytearray holds a growable array of ints. Both answer Python's
// protocols (__getitem__, __len__, __eq__, __hash__, __repr__ ...), which the runtime's
// operators dispatch to, and have the methods of CPython's types. Text methods work on the
// bytes as Latin-1 text through the str methods, with the ASCII-only rules of bytes kept.
// Codecs: UTF-8, ASCII and Latin-1, with CPython's error handlers and UnicodeErrors.

// overrides: bytes bytearray

class __PyBytes__ extends Uint8Array {}

class __PyByteArray__ {
    constructor (items) {
        this.__items__ = items;
    }
    get length () {
        return this.__items__.length;
    }
    [Symbol.iterator] () {
        return this.__items__ [Symbol.iterator] ();
    }
}

function __pytk_b_type_error__ (message) {
    return py_TypeError (message, new Error ());
}

function __pytk_b_value_error__ (message) {
    return ValueError (message, new Error ());
}

// The ints of a bytes-like value (bytes, bytearray, any typed array), or null.
function __pytk_b_data__ (value) {
    if (value instanceof __PyByteArray__) {
        return value.__items__;
    }
    if (value instanceof Uint8Array) {
        return value;
    }
    if (ArrayBuffer.isView (value)) {
        return new Uint8Array (value.buffer, value.byteOffset, value.byteLength);
    }
    return null;
}

function __pytk_b_make__ (mutable, ints) {
    return mutable ? new __PyByteArray__ (Array.from (ints)) : new __PyBytes__ (ints);
}

// A result of the same type as `self`.
function __pytk_b_like__ (self, ints) {
    return __pytk_b_make__ (self instanceof __PyByteArray__, ints);
}

function __pytk_b_name__ (self) {
    return self instanceof __PyByteArray__ ? 'bytearray' : 'bytes';
}

function __pytk_b_text__ (ints) {
    let text = '';
    for (let start = 0; start < ints.length; start += 8192) {
        text += String.fromCharCode.apply (null, Array.prototype.slice.call (ints, start, start + 8192));
    }
    return text;
}

function __pytk_b_ints__ (text) {
    const ints = new Array (text.length);
    for (let index = 0; index < text.length; index++) {
        ints [index] = text.charCodeAt (index);
    }
    return ints;
}

// An int in range(256), as bytes and bytearray take them.
function __pytk_b_byte__ (value) {
    if (typeof value != 'number' || !Number.isInteger (value)) {
        value = __pytk_seq_int__ (value);
    }
    if (value < 0 || value > 255) {
        throw __pytk_b_value_error__ ('byte must be in range(0, 256)');
    }
    return value;
}

// ---- codecs ----

const __pytk_b_codecs__ = {
    'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
    'latin-1': 'latin-1', 'latin1': 'latin-1', 'latin': 'latin-1', 'l1': 'latin-1', 'iso-8859-1': 'latin-1',
    'iso8859-1': 'latin-1', '8859': 'latin-1', 'cp819': 'latin-1', 'iso-ir-100': 'latin-1',
};

function __pytk_b_codec__ (encoding) {
    if (encoding === undefined || encoding === null) {
        return 'utf-8';
    }
    if (typeof encoding != 'string') {
        throw __pytk_b_type_error__ ("encode() argument 'encoding' must be str, not " + __pytk_seq_typename__ (encoding));
    }
    const codec = __pytk_b_codecs__ [encoding.toLowerCase ().replace (/[_ ]/g, '-')];
    if (codec === undefined) {
        throw LookupError ('unknown encoding: ' + encoding, new Error ());
    }
    return codec;
}

function __pytk_b_unknown_handler__ (errors) {
    return LookupError ("unknown error handler name '" + errors + "'", new Error ());
}

function __pytk_b_escape_point__ (code) {
    return code < 0x100 ? '\\x' + code.toString (16).padStart (2, '0') :
        code < 0x10000 ? '\\u' + code.toString (16).padStart (4, '0') : '\\U' + code.toString (16).padStart (8, '0');
}

// The message of a UnicodeDecodeError or UnicodeEncodeError (its __str__).
export function __pytk_unicode_error_text__ (error, decoding) {
    const [encoding, object, start, end, reason] = error.__args__;
    if (decoding) {
        const data = __pytk_b_data__ (object) || [];
        return end - start == 1 ?
            "'" + encoding + "' codec can't decode byte 0x" + data [start].toString (16).padStart (2, '0') +
                ' in position ' + start + ': ' + reason :
            "'" + encoding + "' codec can't decode bytes in position " + start + '-' + (end - 1) + ': ' + reason;
    }
    return end - start == 1 ?
        "'" + encoding + "' codec can't encode character '" +
            __pytk_b_escape_point__ (Array.from (object) [start].codePointAt (0)) + "' in position " + start + ': ' + reason :
        "'" + encoding + "' codec can't encode characters in position " + start + '-' + (end - 1) + ': ' + reason;
}

function __pytk_b_utf8_point__ (code, out) {
    if (code < 0x80) {
        out.push (code);
    }
    else if (code < 0x800) {
        out.push (0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    }
    else if (code < 0x10000) {
        out.push (0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
    else {
        out.push (0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
}

// str.encode: the ints of `text` in `codec`, errors handled as CPython's handlers do.
function __pytk_b_encode__ (text, encoding, errors) {
    const codec = __pytk_b_codec__ (encoding);
    errors = errors === undefined || errors === null ? 'strict' : errors;
    const points = Array.from (text, function (ch) { return ch.codePointAt (0); });
    const limit = codec == 'ascii' ? 0x80 : codec == 'latin-1' ? 0x100 : 0x110000;
    const bad = function (code) { return code >= limit || (codec == 'utf-8' && code >= 0xd800 && code <= 0xdfff); };
    const out = [];
    for (let index = 0; index < points.length; index++) {
        const code = points [index];
        if (!bad (code)) {
            if (codec == 'utf-8') {
                __pytk_b_utf8_point__ (code, out);
            }
            else {
                out.push (code);
            }
            continue;
        }
        let end = index + 1;
        while (end < points.length && bad (points [end])) {
            end++;
        }
        const reason = codec == 'utf-8' ? 'surrogates not allowed' : 'ordinal not in range(' + limit + ')';
        const run = points.slice (index, end);
        switch (errors) {
            case 'strict':
                throw UnicodeEncodeError (codec, text, index, end, reason, new Error ());
            case 'ignore':
                break;
            case 'replace':
                run.forEach (function () { out.push (63); });
                break;
            case 'backslashreplace':
                run.forEach (function (point) { out.push (...__pytk_b_ints__ (__pytk_b_escape_point__ (point))); });
                break;
            case 'xmlcharrefreplace':
                run.forEach (function (point) { out.push (...__pytk_b_ints__ ('&#' + point + ';')); });
                break;
            case 'surrogateescape':
                for (const point of run) {
                    if (point < 0xdc80 || point > 0xdcff) {
                        throw UnicodeEncodeError (codec, text, index, end, reason, new Error ());
                    }
                    out.push (point - 0xdc00);
                }
                break;
            case 'surrogatepass':
                if (codec != 'utf-8' || run.some (function (point) { return point < 0xd800 || point > 0xdfff; })) {
                    throw UnicodeEncodeError (codec, text, index, end, reason, new Error ());
                }
                run.forEach (function (point) { __pytk_b_utf8_point__ (point, out); });
                break;
            default:
                throw __pytk_b_unknown_handler__ (errors);
        }
        index = end - 1;
    }
    return out;
}

// The length of the UTF-8 sequence at `index`: [end, code point] or [end of the bad bytes, reason].
function __pytk_b_utf8_at__ (data, index) {
    const first = data [index];
    let need, low = 0x80, high = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) {
        need = 1;
    }
    else if (first >= 0xe0 && first <= 0xef) {
        need = 2;
        low = first == 0xe0 ? 0xa0 : 0x80;
        high = first == 0xed ? 0x9f : 0xbf;
    }
    else if (first >= 0xf0 && first <= 0xf4) {
        need = 3;
        low = first == 0xf0 ? 0x90 : 0x80;
        high = first == 0xf4 ? 0x8f : 0xbf;
    }
    else {
        return [index + 1, 'invalid start byte', false];
    }
    let code = first & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
        if (index + k >= data.length) {
            return [data.length, 'unexpected end of data', false];
        }
        const next = data [index + k];
        if (next < low || next > high) {
            return [index + k, 'invalid continuation byte', false];
        }
        low = 0x80;
        high = 0xbf;
        code = (code << 6) | (next & 0x3f);
    }
    return [index + need + 1, code, true];
}

// bytes.decode: the text of `data` in `codec`.
function __pytk_b_decode__ (object, encoding, errors) {
    const data = __pytk_b_data__ (object);
    const codec = __pytk_b_codec__ (encoding);
    errors = errors === undefined || errors === null ? 'strict' : errors;
    if (codec == 'latin-1') {
        return __pytk_b_text__ (data);
    }
    const parts = [];
    let plain = 0;
    for (let index = 0; index < data.length;) {
        const byte = data [index];
        if (byte < 0x80) {
            index++;
            continue;
        }
        let end, result, ok;
        if (codec == 'utf-8') {
            [end, result, ok] = __pytk_b_utf8_at__ (data, index);
        }
        else {
            [end, result, ok] = [index + 1, 'ordinal not in range(128)', false];
        }
        parts.push (__pytk_b_text__ (Array.prototype.slice.call (data, plain, index)));
        if (ok) {
            parts.push (String.fromCodePoint (result));
        }
        else {
            switch (errors) {
                case 'strict':
                    throw UnicodeDecodeError (codec, __pytk_b_make__ (false, data), index, end, result, new Error ());
                case 'ignore':
                    break;
                case 'replace':
                    parts.push ('\ufffd');
                    break;
                case 'backslashreplace':
                    for (let k = index; k < end; k++) {
                        parts.push (__pytk_b_escape_point__ (data [k]));
                    }
                    break;
                case 'surrogateescape':
                    for (let k = index; k < end; k++) {
                        parts.push (String.fromCharCode (0xdc00 + data [k]));
                    }
                    break;
                default:
                    throw __pytk_b_unknown_handler__ (errors);
            }
        }
        index = end;
        plain = end;
    }
    parts.push (__pytk_b_text__ (Array.prototype.slice.call (data, plain)));
    return parts.join ('');
}

// [positional..., keyword object or null], the keyword object taken off.
function __pytk_b_args__ (args, names) {
    args = Array.prototype.slice.call (args);
    const keywords = __pytk_seq_kwargs__ (args);
    const values = names.map (function (name, index) { return args [index]; });
    if (keywords) {
        names.forEach (function (name, index) {
            if (Object.hasOwn (keywords, name)) {
                values [index] = keywords [name];
            }
        });
    }
    return values;
}

__pytk_seq_method__ (String.prototype, 'encode', function () {
    const [encoding, errors] = __pytk_b_args__ (arguments, ['encoding', 'errors']);
    return new __PyBytes__ (__pytk_b_encode__ (this.valueOf (), encoding, errors));
});

// str (b, encoding, errors)
export function __pytk_b_str__ (value, encoding, errors) {
    if (__pytk_b_data__ (value) === null) {
        throw __pytk_b_type_error__ ('decoding to str: need a bytes-like object, ' + __pytk_seq_typename__ (value) + ' found');
    }
    return __pytk_b_decode__ (value, encoding, errors);
}

// ---- constructors ----

function __pytk_b_source__ (name, args) {
    const [source, encoding, errors] = __pytk_b_args__ (args, ['source', 'encoding', 'errors']);
    if (source === undefined) {
        if (encoding !== undefined || errors !== undefined) {
            throw __pytk_b_type_error__ (encoding !== undefined ? 'encoding without a string argument' :
                                                               'errors without a string argument');
        }
        return [];
    }
    if (typeof source == 'string') {
        if (encoding === undefined) {
            throw __pytk_b_type_error__ ('string argument without an encoding');
        }
        return __pytk_b_encode__ (source, encoding, errors);
    }
    if (encoding !== undefined || errors !== undefined) {
        throw __pytk_b_type_error__ (encoding !== undefined ? 'encoding without a string argument' :
                                                           'errors without a string argument');
    }
    if (source === null) {
        throw __pytk_b_type_error__ ("cannot convert 'NoneType' object to " + name);
    }
    if (typeof source == 'number' && !Number.isInteger (source)) {
        throw __pytk_b_type_error__ ("cannot convert 'float' object to " + name);
    }
    if (typeof source == 'number' || typeof source == 'boolean' || (typeof source == 'object' && typeof source.__index__ == 'function')) {
        const count = __pytk_seq_int__ (source);
        if (count < 0) {
            throw __pytk_b_value_error__ ('negative count');
        }
        return new Array (count).fill (0);
    }
    const data = __pytk_b_data__ (source);
    if (data !== null) {
        return Array.from (data);
    }
    if (name == 'bytes' && typeof source.__bytes__ == 'function') {
        return Array.from (__pytk_b_data__ (source.__bytes__ ()));
    }
    let items;
    try {
        items = __i__ (source);
    }
    catch (exception) {
        throw __pytk_b_type_error__ ("cannot convert '" + __pytk_seq_typename__ (source) + "' object to " + name);
    }
    const ints = [];
    for (const item of items) {
        if (typeof item != 'number' || !Number.isInteger (item)) {
            ints.push (__pytk_b_byte__ (__pytk_seq_int__ (item)));
            continue;
        }
        if (item < 0 || item > 255) {
            throw __pytk_b_value_error__ (name == 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
        }
        ints.push (item);
    }
    return ints;
}

export function bytes () {
    return new __PyBytes__ (__pytk_b_source__ ('bytes', arguments));
}

export function bytearray () {
    return new __PyByteArray__ (__pytk_b_source__ ('bytearray', arguments));
}

// b'...' in the source: the text holds one char per byte.
export function __pytk_bytes_literal__ (text) {
    return new __PyBytes__ (__pytk_b_ints__ (text));
}

function __pytk_b_fromhex__ (text) {
    if (typeof text != 'string') {
        throw __pytk_b_type_error__ ('fromhex() argument must be str, not ' + __pytk_seq_typename__ (text));
    }
    const ints = [];
    for (let index = 0; index < text.length;) {
        if (' \t\n\r\x0b\x0c'.indexOf (text [index]) >= 0) {
            index++;
            continue;
        }
        const pair = text.substr (index, 2);
        if (!/^[0-9a-fA-F]{2}$/.test (pair)) {
            const position = /^[0-9a-fA-F]$/.test (text [index]) ? index + 1 : index;
            throw __pytk_b_value_error__ ('non-hexadecimal number found in fromhex() arg at position ' + position);
        }
        ints.push (parseInt (pair, 16));
        index += 2;
    }
    return ints;
}

for (const [cls, name, mutable] of [[bytes, 'bytes', false], [bytearray, 'bytearray', true]]) {
    cls.__name__ = name;
    cls.__bases__ = [object];
    cls.__module__ = 'builtins';
    cls.fromhex = function (text) {
        return __pytk_b_make__ (mutable, __pytk_b_fromhex__ (text));
    };
}
__pytk_seq_method__ (__PyBytes__.prototype, '__class__', bytes);
__pytk_seq_method__ (__PyByteArray__.prototype, '__class__', bytearray);

// ---- protocols ----

function __pytk_b_repr__ (data) {
    let hasSingle = false, hasDouble = false;
    for (let index = 0; index < data.length; index++) {
        hasSingle = hasSingle || data [index] == 39;
        hasDouble = hasDouble || data [index] == 34;
    }
    const quote = hasSingle && !hasDouble ? '"' : "'";
    let text = 'b' + quote;
    for (let index = 0; index < data.length; index++) {
        const byte = data [index];
        const ch = String.fromCharCode (byte);
        if (ch == quote || ch == '\\') {
            text += '\\' + ch;
        }
        else if (byte == 9) {
            text += '\\t';
        }
        else if (byte == 10) {
            text += '\\n';
        }
        else if (byte == 13) {
            text += '\\r';
        }
        else if (byte < 32 || byte >= 127) {
            text += '\\x' + byte.toString (16).padStart (2, '0');
        }
        else {
            text += ch;
        }
    }
    return text + quote;
}

function __pytk_b_compare__ (a, b) {
    const length = Math.min (a.length, b.length);
    for (let index = 0; index < length; index++) {
        if (a [index] != b [index]) {
            return a [index] - b [index];
        }
    }
    return a.length - b.length;
}

function __pytk_b_order__ (op, test) {
    return function (other) {
        const data = __pytk_b_data__ (other);
        if (data === null) {
            throw __pytk_b_type_error__ ("'" + op + "' not supported between instances of '" + __pytk_b_name__ (this) +
                "' and '" + __pytk_seq_typename__ (other) + "'");
        }
        return test (__pytk_b_compare__ (__pytk_b_data__ (this), data));
    };
}

function __pytk_b_index__ (self, key) {
    const data = __pytk_b_data__ (self);
    if (typeof key != 'number' || !Number.isInteger (key)) {
        key = __pytk_seq_int__ (key, (self instanceof __PyByteArray__ ? 'bytearray' : 'byte') +
            ' indices must be integers or slices, not ' + __pytk_seq_typename__ (key));
    }
    const index = key < 0 ? key + data.length : key;
    if (index < 0 || index >= data.length) {
        throw IndexError ((self instanceof __PyByteArray__ ? 'bytearray ' : '') + 'index out of range', new Error ());
    }
    return index;
}

function __pytk_b_concat_error__ (self, other) {
    return __pytk_b_type_error__ ("can't concat " + __pytk_seq_typename__ (other) + ' to ' + __pytk_b_name__ (self));
}

function __pytk_b_repeat__ (self, count) {
    if (typeof count != 'number' || !Number.isInteger (count)) {
        if (typeof count == 'boolean' || (count !== null && typeof count == 'object' && typeof count.__index__ == 'function')) {
            count = __pytk_seq_int__ (count);
        }
        else {
            throw __pytk_b_type_error__ ("can't multiply sequence by non-int of type '" + __pytk_seq_typename__ (count) + "'");
        }
    }
    const data = __pytk_b_data__ (self);
    const ints = [];
    for (let time = 0; time < count; time++) {
        for (let index = 0; index < data.length; index++) {
            ints.push (data [index]);
        }
    }
    return ints;
}

const __pytk_b_protocols__ = {
    __len__ () {
        return this.length;
    },
    __getitem__ (key) {
        if (key instanceof __PySlice__) {
            const text = __pytk_b_text__ (__pytk_b_data__ (this));
            return __pytk_b_like__ (this, __pytk_b_ints__ (text.__getslice__ (key.start, key.stop, key.step)));
        }
        return __pytk_b_data__ (this) [__pytk_b_index__ (this, key)];
    },
    __contains__ (element) {
        const data = __pytk_b_data__ (this);
        const part = __pytk_b_data__ (element);
        if (part !== null) {
            return __pytk_b_text__ (data).indexOf (__pytk_b_text__ (part)) >= 0;
        }
        if (typeof element == 'string' || element === null || element === undefined ||
                (typeof element != 'number' && typeof element != 'boolean' && typeof element.__index__ != 'function')) {
            throw __pytk_b_type_error__ ('a bytes-like object is required, not ' + "'" + __pytk_seq_typename__ (element) + "'");
        }
        const byte = __pytk_b_byte__ (element);
        return Array.prototype.indexOf.call (data, byte) >= 0;
    },
    __eq__ (other) {
        const data = __pytk_b_data__ (other);
        return data !== null && __pytk_b_compare__ (__pytk_b_data__ (this), data) === 0;
    },
    __ne__ (other) {
        return !this.__eq__ (other);
    },
    __lt__: __pytk_b_order__ ('<', function (order) { return order < 0; }),
    __le__: __pytk_b_order__ ('<=', function (order) { return order <= 0; }),
    __gt__: __pytk_b_order__ ('>', function (order) { return order > 0; }),
    __ge__: __pytk_b_order__ ('>=', function (order) { return order >= 0; }),
    __add__ (other) {
        const data = __pytk_b_data__ (other);
        if (data === null) {
            throw __pytk_b_concat_error__ (this, other);
        }
        return __pytk_b_like__ (this, Array.from (__pytk_b_data__ (this)).concat (Array.from (data)));
    },
    __mul__ (count) {
        return __pytk_b_like__ (this, __pytk_b_repeat__ (this, count));
    },
    __rmul__ (count) {
        return __pytk_b_like__ (this, __pytk_b_repeat__ (this, count));
    },
    __repr__ () {
        const text = __pytk_b_repr__ (__pytk_b_data__ (this));
        return this instanceof __PyByteArray__ ? 'bytearray(' + text + ')' : text;
    },
    __str__ () {
        return this.__repr__ ();
    },
    __format__ (spec) {
        if (spec) {
            throw __pytk_b_type_error__ ('unsupported format string passed to ' + __pytk_b_name__ (this) + '.__format__');
        }
        return this.__repr__ ();
    },
    toString () {
        return this.__repr__ ();
    },
    decode () {
        const [encoding, errors] = __pytk_b_args__ (arguments, ['encoding', 'errors']);
        return __pytk_b_decode__ (this, encoding, errors);
    },
    hex () {
        const [sep, perSep] = __pytk_b_args__ (arguments, ['sep', 'bytes_per_sep']);
        const digits = Array.from (__pytk_b_data__ (this), function (byte) { return byte.toString (16).padStart (2, '0'); });
        if (sep === undefined || sep === null) {
            return digits.join ('');
        }
        const mark = typeof sep == 'string' ? sep : __pytk_b_text__ (__pytk_b_data__ (sep));
        const group = perSep === undefined || perSep === null ? 1 : perSep;
        const size = Math.abs (group) || 1;
        const groups = [];
        if (group < 0) {
            for (let index = 0; index < digits.length; index += size) {
                groups.push (digits.slice (index, index + size).join (''));
            }
        }
        else {
            for (let end = digits.length; end > 0; end -= size) {
                groups.unshift (digits.slice (Math.max (0, end - size), end).join (''));
            }
        }
        return groups.join (mark);
    },
    join (items) {
        const separator = __pytk_b_text__ (__pytk_b_data__ (this));
        const parts = [];
        let index = 0;
        for (const item of __i__ (items)) {
            const data = __pytk_b_data__ (item);
            if (data === null) {
                throw __pytk_b_type_error__ ('sequence item ' + index + ': expected a bytes-like object, ' +
                    __pytk_seq_typename__ (item) + ' found');
            }
            parts.push (__pytk_b_text__ (data));
            index++;
        }
        return __pytk_b_like__ (this, __pytk_b_ints__ (parts.join (separator)));
    },
    count () {
        return __pytk_b_delegate__ (this, 'count', arguments);
    },
};

function __pytk_b_is_space__ (byte) {
    return byte == 32 || (byte >= 9 && byte <= 13);
}

function __pytk_b_ascii_map__ (transform) {
    return function () {
        const data = __pytk_b_data__ (this);
        const ints = new Array (data.length);
        let previous = -1;
        for (let index = 0; index < data.length; index++) {
            ints [index] = transform (data [index], previous, index);
            previous = data [index];
        }
        return __pytk_b_like__ (this, ints);
    };
}

const __pytk_b_is_lower__ = function (byte) { return byte >= 97 && byte <= 122; };
const __pytk_b_is_upper__ = function (byte) { return byte >= 65 && byte <= 90; };
const __pytk_b_is_alpha__ = function (byte) { return __pytk_b_is_lower__ (byte) || __pytk_b_is_upper__ (byte); };
const __pytk_b_is_digit__ = function (byte) { return byte >= 48 && byte <= 57; };

function __pytk_b_all__ (test) {
    return function () {
        const data = __pytk_b_data__ (this);
        return data.length > 0 && Array.prototype.every.call (data, test);
    };
}

function __pytk_b_cased__ (wanted, other) {
    return function () {
        const data = __pytk_b_data__ (this);
        return Array.prototype.some.call (data, wanted) && !Array.prototype.some.call (data, other);
    };
}

Object.assign (__pytk_b_protocols__, {
    upper: __pytk_b_ascii_map__ (function (byte) { return __pytk_b_is_lower__ (byte) ? byte - 32 : byte; }),
    lower: __pytk_b_ascii_map__ (function (byte) { return __pytk_b_is_upper__ (byte) ? byte + 32 : byte; }),
    swapcase: __pytk_b_ascii_map__ (function (byte) {
        return __pytk_b_is_lower__ (byte) ? byte - 32 : __pytk_b_is_upper__ (byte) ? byte + 32 : byte;
    }),
    title: __pytk_b_ascii_map__ (function (byte, previous) {
        const start = previous < 0 || !__pytk_b_is_alpha__ (previous);
        return start && __pytk_b_is_lower__ (byte) ? byte - 32 : !start && __pytk_b_is_upper__ (byte) ? byte + 32 : byte;
    }),
    capitalize: __pytk_b_ascii_map__ (function (byte, previous, index) {
        return index == 0 && __pytk_b_is_lower__ (byte) ? byte - 32 : index > 0 && __pytk_b_is_upper__ (byte) ? byte + 32 : byte;
    }),
    isalpha: __pytk_b_all__ (__pytk_b_is_alpha__),
    isdigit: __pytk_b_all__ (__pytk_b_is_digit__),
    isalnum: __pytk_b_all__ (function (byte) { return __pytk_b_is_alpha__ (byte) || __pytk_b_is_digit__ (byte); }),
    isspace: __pytk_b_all__ (__pytk_b_is_space__),
    isascii () {
        return Array.prototype.every.call (__pytk_b_data__ (this), function (byte) { return byte < 128; });
    },
    islower: __pytk_b_cased__ (__pytk_b_is_lower__, __pytk_b_is_upper__),
    isupper: __pytk_b_cased__ (__pytk_b_is_upper__, __pytk_b_is_lower__),
});

// The other methods are str's, on the bytes read as Latin-1. The bytes that str counts as
// whitespace or line breaks and bytes do not are moved out of the way (to the private use
// area) while the str method runs.
const __pytk_b_foreign__ = new Set ([0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0]);

function __pytk_b_to_text__ (data, lines) {
    let text = '';
    for (let index = 0; index < data.length; index++) {
        const byte = data [index];
        text += String.fromCharCode (__pytk_b_foreign__.has (byte) || (lines && (byte == 0x0b || byte == 0x0c)) ?
            0xe000 + byte : byte);
    }
    return text;
}

function __pytk_b_from_text__ (text) {
    const ints = new Array (text.length);
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt (index);
        ints [index] = code >= 0xe000 ? code - 0xe000 : code;
    }
    return ints;
}

function __pytk_b_argument__ (value, method, lines) {
    const data = __pytk_b_data__ (value);
    if (data !== null) {
        return __pytk_b_to_text__ (data, lines);
    }
    if (value === null || value === undefined) {
        return value;
    }
    if (typeof value == 'number' && Number.isInteger (value) && ['count', 'find', 'rfind', 'index', 'rindex'].includes (method)) {
        return __pytk_b_to_text__ ([__pytk_b_byte__ (value)], lines);
    }
    if (typeof value == 'number' || typeof value == 'boolean') {
        return value;
    }
    if (Array.isArray (value) && value.__class__ === tuple) {
        return tuple (value.map (function (item) { return __pytk_b_argument__ (item, method, lines); }));
    }
    if (__pytk_seq_is_kwargs__ (value)) {
        const mapped = {};
        for (const key of Object.keys (value)) {
            mapped [key] = key == '__kwargtrans__' || key == 'constructor' ? value [key] : __pytk_b_argument__ (value [key], method, lines);
        }
        return mapped;
    }
    if (['count', 'find', 'rfind', 'index', 'rindex'].includes (method)) {
        throw __pytk_b_type_error__ ('argument should be integer or bytes-like object, not ' + "'" + __pytk_seq_typename__ (value) + "'");
    }
    throw __pytk_b_type_error__ ('a bytes-like object is required, not ' + "'" + __pytk_seq_typename__ (value) + "'");
}

function __pytk_b_result__ (self, value) {
    if (typeof value == 'string') {
        return __pytk_b_like__ (self, __pytk_b_from_text__ (value));
    }
    if (Array.isArray (value)) {
        const items = value.map (function (item) { return __pytk_b_result__ (self, item); });
        return value.__class__ === tuple ? tuple (items) : items;
    }
    return value;
}

function __pytk_b_delegate__ (self, name, args) {
    const lines = name == 'splitlines';
    // The first argument may be a byte (an int) for the search methods; the others pass as they are.
    const mapped = Array.prototype.map.call (args, function (arg, index) {
        return __pytk_b_argument__ (arg, index == 0 ? name : '', lines);
    });
    if (['strip', 'lstrip', 'rstrip'].includes (name) && (mapped [0] === undefined || mapped [0] === null)) {
        mapped [0] = ' \t\n\r\x0b\x0c';
    }
    let result;
    try {
        result = String.prototype [name].apply (__pytk_b_to_text__ (__pytk_b_data__ (self), lines), mapped);
    }
    catch (exception) {
        if (isinstance (exception, ValueError) && exception.__args__ [0] == 'substring not found') {
            throw __pytk_b_value_error__ ('subsection not found');
        }
        throw exception;
    }
    return __pytk_b_result__ (self, result);
}

for (const name of ['find', 'rfind', 'index', 'rindex', 'startswith', 'endswith', 'py_split', 'rsplit',
                    'py_replace', 'strip', 'lstrip', 'rstrip', 'partition', 'rpartition', 'removeprefix',
                    'removesuffix', 'center', 'ljust', 'rjust', 'zfill', 'splitlines', 'expandtabs']) {
    // Looked up when called: strings.js installs most of them after this file.
    __pytk_b_protocols__ [name] = function () {
        return __pytk_b_delegate__ (this, name, arguments);
    };
}

for (const proto of [__PyBytes__.prototype, __PyByteArray__.prototype]) {
    for (const name of Object.keys (__pytk_b_protocols__)) {
        __pytk_seq_method__ (proto, name, __pytk_b_protocols__ [name]);
    }
}

__pytk_seq_method__ (__PyBytes__.prototype, '__setitem__', function () {
    throw __pytk_b_type_error__ ("'bytes' object does not support item assignment");
});
__pytk_seq_method__ (__PyBytes__.prototype, '__delitem__', function () {
    throw __pytk_b_type_error__ ("'bytes' object doesn't support item deletion");
});
__pytk_seq_method__ (__PyBytes__.prototype, '__hash__', function () {
    return hash (__pytk_b_text__ (this));
});

// ---- bytearray's own methods ----

function __pytk_b_items_of__ (value) {
    const data = __pytk_b_data__ (value);
    if (data !== null) {
        return Array.from (data);
    }
    if (typeof value == 'string') {
        throw __pytk_b_type_error__ ("can't extend bytearray with str");
    }
    return __pytk_b_source__ ('bytearray', [value]);
}

const __pytk_b_mutators__ = {
    __setitem__ (key, value) {
        if (key instanceof __PySlice__) {
            if (typeof value == 'number') {
                throw __pytk_b_type_error__ ('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
            }
            __setslice__ (this.__items__, key.start, key.stop, key.step, __pytk_b_items_of__ (value));
            return;
        }
        this.__items__ [__pytk_b_index__ (this, key)] = __pytk_b_byte__ (value);
    },
    __delitem__ (key) {
        if (key instanceof __PySlice__) {
            __pytk_delslice__ (this.__items__, key.start, key.stop, key.step);
            return;
        }
        this.__items__.splice (__pytk_b_index__ (this, key), 1);
    },
    __iadd__ (other) {
        const data = __pytk_b_data__ (other);
        if (data === null) {
            throw __pytk_b_concat_error__ (this, other);
        }
        this.__items__.push (...Array.from (data));
        return this;
    },
    __imul__ (count) {
        this.__items__ = __pytk_b_repeat__ (this, count);
        return this;
    },
    append (value) {
        this.__items__.push (__pytk_b_byte__ (value));
        return null;
    },
    extend (values) {
        this.__items__.push (...__pytk_b_items_of__ (values));
        return null;
    },
    insert (index, value) {
        const length = this.__items__.length;
        index = __pytk_seq_int__ (index);
        index = index < 0 ? Math.max (0, index + length) : Math.min (index, length);
        this.__items__.splice (index, 0, __pytk_b_byte__ (value));
        return null;
    },
    pop (index) {
        if (!this.__items__.length) {
            throw IndexError ('pop from empty bytearray', new Error ());
        }
        const position = index === undefined ? this.__items__.length - 1 : __pytk_b_index__ (this, index);
        return this.__items__.splice (position, 1) [0];
    },
    remove (value) {
        const index = this.__items__.indexOf (__pytk_b_byte__ (value));
        if (index < 0) {
            throw __pytk_b_value_error__ ('value not found in bytearray');
        }
        this.__items__.splice (index, 1);
        return null;
    },
    clear () {
        this.__items__.length = 0;
        return null;
    },
    reverse () {
        this.__items__.reverse ();
        return null;
    },
    copy () {
        return new __PyByteArray__ (this.__items__.slice ());
    },
};
for (const name of Object.keys (__pytk_b_mutators__)) {
    __pytk_seq_method__ (__PyByteArray__.prototype, name, __pytk_b_mutators__ [name]);
}
__pytk_seq_method__ (__PyByteArray__.prototype, 'py_pop', __pytk_b_mutators__.pop);
__pytk_seq_method__ (__PyByteArray__.prototype, 'py_clear', __pytk_b_mutators__.clear);
__pytk_seq_method__ (__PyByteArray__.prototype, 'py_reverse', __pytk_b_mutators__.reverse);
__pytk_seq_method__ (__PyByteArray__.prototype, 'py_copy', __pytk_b_mutators__.copy);
