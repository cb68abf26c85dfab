// Python's str and number formatting for compiled code: the str methods, format () and the
// format mini-language, str.format and format_map, repr () of strings and numbers, str (),
// ascii (), int (), float (), round (), chr (), ord (), hex (), oct (), bin (), abs (), string
// repetition and string ordering, each as CPython 3.11 has them (results and exceptions).
//
// JavaScript has a single number type. An integral number is taken for an int and any other
// number for a float, except where only a float can be meant: a float presentation type
// (e f g % and their capitals), a precision without a type, the z option, and magnitudes of
// 1e21 and more (an int that large is not exact in JavaScript anyway). So str (2.0) is '2',
// str (1e20) is '100000000000000000000' and str (-0.0) is '0'; a value the compiler marks as a
// float (PyFloat, see builtins.js) is always shown as a float ('2.0', '1e+20', '-0.0').
//
// Lengths, widths and precisions count code points, as CPython does. Float digits are exact:
// a double's decimal expansion is computed with BigInt and rounded half-even, so format (0.125,
// '.2f') is '0.12' and round (2.675, 2) is 2.67. Text in this file must not contain two slashes
// in a row outside comments: the generator strips everything after them from each line.

// overrides: str int float round chr ord hex oct bin format repr
// overrides: __lt__ __le__ __gt__ __ge__ __setproperty__

// ---- errors and argument checks ----

function __pytk_s_type_error__ (message) {
    return py_TypeError (message, new Error ());
}

function __pytk_s_value_error__ (message) {
    return ValueError (message, new Error ());
}

// The name of a value's Python type, for error messages.
function __pytk_s_typename__ (value) {
    if (value === null || value === undefined) {
        return 'NoneType';
    }
    switch (typeof value) {
        case 'string':
            return 'str';
        case 'boolean':
            return 'bool';
        case 'number':
            return Number.isInteger (value) ? 'int' : 'float';
        case 'bigint':
            return 'int';
        case 'function':
            return value.__bases__ !== undefined ? 'type' : 'function';
    }
    if (typeof PyFloat == 'function' && value instanceof PyFloat) {
        return 'float';
    }
    const cls = value.__class__;
    return cls && cls.__name__ ? cls.__name__ : 'object';
}

function __pytk_s_is_float_object__ (value) {
    return typeof PyFloat == 'function' && value instanceof PyFloat;
}

// An argument that must be an int (operator.index in CPython).
function __pytk_s_index__ (value) {
    if (typeof value == 'number' && Number.isInteger (value)) {
        return value;
    }
    if (typeof value == 'boolean') {
        return +value;
    }
    if (value !== null && typeof value == 'object' && typeof value.__index__ == 'function') {
        return value.__index__ ();
    }
    throw __pytk_s_type_error__ ("'" + __pytk_s_typename__ (value) + "' object cannot be interpreted as an integer");
}

function __pytk_s_slice_index__ (value, fallback) {
    if (value === undefined || value === null) {
        return fallback;
    }
    if (typeof value == 'number' && Number.isInteger (value)) {
        return value;
    }
    if (typeof value == 'boolean') {
        return +value;
    }
    if (typeof value == 'object' && typeof value.__index__ == 'function') {
        return value.__index__ ();
    }
    throw __pytk_s_type_error__ ('slice indices must be integers or None or have an __index__ method');
}

// CPython's ADJUST_INDICES: start and end of s [start:end], clamped.
function __pytk_s_bounds__ (length, start, end) {
    start = __pytk_s_slice_index__ (start, 0);
    end = __pytk_s_slice_index__ (end, length);
    if (end > length) {
        end = length;
    }
    else if (end < 0) {
        end = Math.max (end + length, 0);
    }
    if (start < 0) {
        start = Math.max (start + length, 0);
    }
    return [start, end];
}

// message: "must be str", or a call's "f() argument 1 must be str", which names None as None.
function __pytk_s_need_str__ (value, message) {
    if (typeof value != 'string') {
        const isNone = value === null || value === undefined;
        throw __pytk_s_type_error__ (message + ', not ' + (isNone && message.indexOf ('argument') >= 0 ? 'None' :
            __pytk_s_typename__ (value)));
    }
    return value;
}

// A trailing keyword-argument object (f (x = 1) passes {x: 1, __kwargtrans__: null}).
function __pytk_s_is_kwargs__ (value) {
    return value !== null && typeof value == 'object' && !Array.isArray (value) &&
        Object.prototype.hasOwnProperty.call (value, '__kwargtrans__');
}

// Python's name for a keyword as the generator spells it (name -> py_name, type -> py_metatype).
function __pytk_s_keyword__ (jsName) {
    return jsName == 'py_metatype' ? 'type' : jsName.startsWith ('py_') ? jsName.slice (3) : jsName;
}

// The positional and keyword arguments of a method taking the parameters names, in order.
function __pytk_s_args__ (args, names, method) {
    const count = args.length;
    if (!count || !__pytk_s_is_kwargs__ (args [count - 1])) {
        return args;
    }
    const kwargs = args [count - 1];
    const result = Array.prototype.slice.call (args, 0, count - 1);
    for (const key of Object.keys (kwargs)) {
        if (key == '__kwargtrans__' || key == 'constructor') {
            continue;
        }
        const name = __pytk_s_keyword__ (key);
        const index = names.indexOf (name);
        if (index < 0) {
            throw __pytk_s_type_error__ ("'" + name + "' is an invalid keyword argument for " + method + '()');
        }
        if (index < result.length && result [index] !== undefined) {
            throw __pytk_s_type_error__ ("argument for " + method + "() given by name ('" + name +
                "') and position (" + (index + 1) + ')');
        }
        result [index] = kwargs [key];
    }
    return result;
}

// ---- characters ----

const __pytk_s_surrogate__ = /[\uD800-\uDFFF]/;

// Length in code points.
function __pytk_s_len__ (text) {
    if (!__pytk_s_surrogate__.test (text)) {
        return text.length;
    }
    let length = 0;
    for (const ch of text) {
        length++;
    }
    return length;
}

function __pytk_s_is_space__ (code) {
    if (code <= 32) {
        return (code >= 9 && code <= 13) || code >= 28;
    }
    return code >= 0x85 && (code == 0x85 || code == 0xa0 || code == 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
        code == 0x2028 || code == 0x2029 || code == 0x202f || code == 0x205f || code == 0x3000);
}

function __pytk_s_is_linebreak__ (code) {
    return (code >= 10 && code <= 13) || (code >= 28 && code <= 30) || code == 0x85 || code == 0x2028 ||
        code == 0x2029;
}

// Digits that are not decimals (superscripts, circled digits, ...), as [first, last] ranges.
const __pytk_s_digit_ranges__ = [[0xB2, 0xB3], [0xB9, 0xB9], [0x1369, 0x1371], [0x19DA, 0x19DA],
    [0x2070, 0x2070], [0x2074, 0x2079], [0x2080, 0x2089], [0x2460, 0x2468], [0x2474, 0x247C],
    [0x2488, 0x2490], [0x24EA, 0x24EA], [0x24F5, 0x24FD], [0x24FF, 0x24FF], [0x2776, 0x277E],
    [0x2780, 0x2788], [0x278A, 0x2792], [0x10A40, 0x10A43], [0x10E60, 0x10E68], [0x11052, 0x1105A],
    [0x1F100, 0x1F10A]];

// Numeric characters outside the N categories (CJK numerals).
const __pytk_s_numeric_extra__ = new Set ([0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07,
    0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104,
    0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3,
    0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE,
    0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646,
    0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064,
    0x200E2, 0x20121, 0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998,
    0x23B1B, 0x2626D, 0x2F890]);

const __pytk_s_re__ = {
    decimal: /^\p{Nd}$/u,
    number: /^\p{N}$/u,
    alpha: /^\p{L}$/u,
    upper: /^\p{Uppercase}$/u,
    lower: /^\p{Lowercase}$/u,
    titlecase: /^\p{Lt}$/u,
    cased: /^\p{Cased}$/u,
    ignorable: /^\p{Case_Ignorable}$/u,
    printable: /^[^\p{C}\p{Z}]$/u,
    identifier: /^[\p{XID_Start}_]\p{XID_Continue}*$/u,
    ascii: /^[\x00-\x7f]*$/,
    plainRepr: /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/,
};

function __pytk_s_is_digit_char__ (ch) {
    if (__pytk_s_re__.decimal.test (ch)) {
        return true;
    }
    const code = ch.codePointAt (0);
    return __pytk_s_digit_ranges__.some (function (range) { return code >= range [0] && code <= range [1]; });
}

function __pytk_s_is_numeric_char__ (ch) {
    return __pytk_s_re__.number.test (ch) || __pytk_s_numeric_extra__.has (ch.codePointAt (0));
}

function __pytk_s_is_printable_char__ (ch) {
    return ch == ' ' || __pytk_s_re__.printable.test (ch);
}

// True when text is not empty and every character passes the test.
function __pytk_s_all__ (text, test) {
    if (!text.length) {
        return false;
    }
    for (const ch of text) {
        if (!test (ch)) {
            return false;
        }
    }
    return true;
}

// ---- case mapping ----

const __pytk_s_titles__ = {
    0x1C4: '\u01C5', 0x1C5: '\u01C5', 0x1C6: '\u01C5', 0x1C7: '\u01C8', 0x1C8: '\u01C8', 0x1C9: '\u01C8',
    0x1CA: '\u01CB', 0x1CB: '\u01CB', 0x1CC: '\u01CB', 0x1F1: '\u01F2', 0x1F2: '\u01F2', 0x1F3: '\u01F2',
    0x149: '\u02BCN', 0x1F80: '\u1F88', 0x1F81: '\u1F89', 0x1F82: '\u1F8A', 0x1F83: '\u1F8B', 0x1F84: '\u1F8C',
    0x1F85: '\u1F8D', 0x1F86: '\u1F8E', 0x1F87: '\u1F8F', 0x1F90: '\u1F98', 0x1F91: '\u1F99', 0x1F92: '\u1F9A',
    0x1F93: '\u1F9B', 0x1F94: '\u1F9C', 0x1F95: '\u1F9D', 0x1F96: '\u1F9E', 0x1F97: '\u1F9F', 0x1FA0: '\u1FA8',
    0x1FA1: '\u1FA9', 0x1FA2: '\u1FAA', 0x1FA3: '\u1FAB', 0x1FA4: '\u1FAC', 0x1FA5: '\u1FAD', 0x1FA6: '\u1FAE',
    0x1FA7: '\u1FAF', 0x1FB2: '\u1FBA\u0345', 0x1FB3: '\u1FBC', 0x1FB4: '\u0386\u0345',
    0x1FB7: '\u0391\u0342\u0345', 0x1FC2: '\u1FCA\u0345', 0x1FC3: '\u1FCC', 0x1FC4: '\u0389\u0345',
    0x1FC7: '\u0397\u0342\u0345', 0x1FF2: '\u1FFA\u0345', 0x1FF3: '\u1FFC', 0x1FF4: '\u038F\u0345',
    0x1FF7: '\u03A9\u0342\u0345',
};

// The titlecase form of one character (str.title and str.capitalize).
function __pytk_s_title_char__ (ch) {
    const code = ch.codePointAt (0);
    if (code < 128) {
        return ch.toUpperCase ();
    }
    const special = __pytk_s_titles__ [code];
    if (special !== undefined) {
        return special;
    }
    if ((code >= 0x10D0 && code <= 0x10FA) || (code >= 0x10FD && code <= 0x10FF) || __pytk_s_re__.titlecase.test (ch)) {
        return ch;
    }
    const upper = ch.toUpperCase ();
    const first = String.fromCodePoint (upper.codePointAt (0));
    return upper.length == first.length ? upper : first + upper.slice (first.length).toLowerCase ();
}

// The lowercase form of chars [index] in its context (a capital sigma may end a word).
function __pytk_s_lower_at__ (chars, index) {
    const ch = chars [index];
    if (ch != '\u03A3') {
        return ch.toLowerCase ();
    }
    let before = index - 1;
    while (before >= 0 && __pytk_s_re__.ignorable.test (chars [before])) {
        before--;
    }
    let final = before >= 0 && __pytk_s_re__.cased.test (chars [before]);
    if (final) {
        let after = index + 1;
        while (after < chars.length && __pytk_s_re__.ignorable.test (chars [after])) {
            after++;
        }
        final = after == chars.length || !__pytk_s_re__.cased.test (chars [after]);
    }
    return final ? '\u03C2' : '\u03C3';
}

function __pytk_s_casefold_char__ (ch) {
    const code = ch.codePointAt (0);
    if (code >= 0x13A0 && code <= 0x13F5) {
        return ch;
    }
    if (code >= 0x13F8 && code <= 0x13FD) {
        return String.fromCodePoint (code - 8);
    }
    if (code >= 0xAB70 && code <= 0xABBF) {
        return String.fromCodePoint (code - 0xAB70 + 0x13A0);
    }
    if (code == 0x131) {
        return ch;
    }
    if (code == 0x1E9E) {
        return 'ss';
    }
    return ch.toUpperCase ().toLowerCase ();
}

// ---- float digits ----

const __pytk_s_f64__ = new DataView (new ArrayBuffer (8));

// The exact decimal digits of a finite x > 0: [digits, point], x = 0.digits * 10 ** point.
function __pytk_s_exact_digits__ (x) {
    __pytk_s_f64__.setFloat64 (0, x);
    const high = __pytk_s_f64__.getUint32 (0);
    const low = __pytk_s_f64__.getUint32 (4);
    let exponent = (high >>> 20) & 0x7ff;
    let mantissa = BigInt (high & 0xfffff) * 4294967296n + BigInt (low);
    if (exponent === 0) {
        exponent = 1;
    }
    else {
        mantissa += 4503599627370496n;
    }
    exponent -= 1075;
    let digits;
    let point;
    if (exponent >= 0) {
        digits = (mantissa << BigInt (exponent)).toString ();
        point = digits.length;
    }
    else {
        digits = (mantissa * 5n ** BigInt (-exponent)).toString ();
        point = digits.length + exponent;
    }
    let end = digits.length;
    while (end > 1 && digits.charCodeAt (end - 1) === 48) {
        end--;
    }
    return [digits.slice (0, end), point];
}

// The shortest digits that read back as x > 0 (what repr shows).
function __pytk_s_shortest_digits__ (x) {
    const text = x.toExponential ();
    const e = text.indexOf ('e');
    const mantissa = text.charAt (1) == '.' ? text.charAt (0) + text.slice (2, e) : text.slice (0, e);
    return [mantissa, Number (text.slice (e + 1)) + 1];
}

// digits rounded half-even to keep digits, trailing zeros dropped. Zero is ['0', 1].
function __pytk_s_round_digits__ (digits, point, keep) {
    if (keep >= digits.length) {
        return [digits, point];
    }
    if (keep < 0) {
        return ['0', 1];
    }
    const next = digits.charCodeAt (keep);
    let up = next > 53;
    if (next === 53) {
        up = keep + 1 < digits.length || (keep > 0 && digits.charCodeAt (keep - 1) % 2 === 1);
    }
    let head = digits.slice (0, keep);
    if (up) {
        let index = head.length - 1;
        while (index >= 0 && head.charCodeAt (index) === 57) {
            index--;
        }
        if (index < 0) {
            head = '1';
            point += 1;
        }
        else {
            head = head.slice (0, index) + String.fromCharCode (head.charCodeAt (index) + 1);
        }
    }
    let end = head.length;
    while (end > 0 && head.charCodeAt (end - 1) === 48) {
        end--;
    }
    return end ? [head.slice (0, end), point] : ['0', 1];
}

// CPython's format_float_short: digits placed around the point, padded with zeros up to
// vdigitsEnd digits, with an exponent when useExp.
function __pytk_s_render_digits__ (digits, point, useExp, vdigitsEnd, addDot0, alternate) {
    let exponent = 0;
    if (useExp) {
        exponent = point - 1;
        point = 1;
    }
    const count = digits.length;
    vdigitsEnd = Math.max (vdigitsEnd, count, !useExp && addDot0 ? point + 1 : point);
    let text;
    if (point <= 0) {
        text = '0.' + '0'.repeat (-point) + digits;
    }
    else if (point <= count) {
        text = digits.slice (0, point) + '.' + digits.slice (point);
    }
    else {
        text = digits;
    }
    if (count < point) {
        text += '0'.repeat (point - count) + '.' + '0'.repeat (vdigitsEnd - point);
    }
    else {
        text += '0'.repeat (vdigitsEnd - count);
    }
    if (!alternate && text.charCodeAt (text.length - 1) === 46) {
        text = text.slice (0, -1);
    }
    if (useExp) {
        const magnitude = Math.abs (exponent);
        text += (exponent < 0 ? 'e-' : 'e+') + (magnitude < 10 ? '0' : '') + magnitude;
    }
    return text;
}

// A float x >= 0 in one of CPython's modes: r (repr), e, f, g; no sign.
function __pytk_s_float_body__ (x, mode, precision, alternate, addDot0) {
    if (x !== x) {
        return 'nan';
    }
    if (x === Infinity) {
        return 'inf';
    }
    let digits;
    let point;
    if (mode == 'r') {
        [digits, point] = x === 0 ? ['0', 1] : __pytk_s_shortest_digits__ (x);
        return __pytk_s_render_digits__ (digits, point, point <= -4 || point > 16, digits.length, addDot0, alternate);
    }
    if (mode == 'f' && x < 1e21 && precision <= 100) {
        // toFixed rounds exactly but takes the larger of two equally near results; CPython
        // takes the even one. A tie needs exactly precision + 1 binary fraction digits.
        const scaled = x * 2 ** precision;
        if (Number.isInteger (scaled) || !Number.isInteger (scaled * 2)) {
            const text = x.toFixed (precision);
            return alternate && precision === 0 ? text + '.' : text;
        }
    }
    [digits, point] = x === 0 ? ['0', 1] : __pytk_s_exact_digits__ (x);
    if (mode == 'e') {
        [digits, point] = __pytk_s_round_digits__ (digits, point, precision + 1);
        return __pytk_s_render_digits__ (digits, point, true, precision + 1, false, alternate);
    }
    if (mode == 'f') {
        [digits, point] = __pytk_s_round_digits__ (digits, point, point + precision);
        return __pytk_s_render_digits__ (digits, point, false, point + precision, false, alternate);
    }
    if (precision === 0) {
        precision = 1;
    }
    [digits, point] = __pytk_s_round_digits__ (digits, point, precision);
    const useExp = point <= -4 || point > (addDot0 ? precision - 1 : precision);
    return __pytk_s_render_digits__ (digits, point, useExp, alternate ? precision : digits.length, addDot0, alternate);
}

// repr () of a float.
function __pytk_s_float_repr__ (x) {
    if (x === 0) {
        return Object.is (x, -0) ? '-0.0' : '0.0';
    }
    return x < 0 ? '-' + __pytk_s_float_body__ (-x, 'r', 0, false, true) : __pytk_s_float_body__ (x, 'r', 0, false, true);
}

// repr () of a number: an int when integral (below 1e21 in magnitude), else a float.
function __pytk_s_number_repr__ (x) {
    if (Number.isInteger (x) && x < 1e21 && x > -1e21) {
        return x === 0 ? '0' : x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER ? String (x) :
            BigInt (x).toString ();
    }
    return __pytk_s_float_repr__ (x);
}

// The digits of an integral number in a radix, without sign.
function __pytk_s_int_digits__ (x, radix) {
    if (typeof x == 'bigint') {
        return (x < 0n ? -x : x).toString (radix);
    }
    x = Math.abs (x);
    return x <= Number.MAX_SAFE_INTEGER ? x.toString (radix) : BigInt (x).toString (radix);
}

// ---- the format mini-language ----

const __pytk_s_specs__ = new Map ();

// The parsed spec, from a cache (the result must not be changed).
function __pytk_s_spec__ (text, typeName, defaultType, defaultAlign) {
    const key = typeName + defaultType + defaultAlign + text;
    let spec = __pytk_s_specs__.get (key);
    if (spec === undefined) {
        spec = __pytk_s_parse_spec__ (text, typeName, defaultType, defaultAlign);
        if (__pytk_s_specs__.size > 500) {
            __pytk_s_specs__.clear ();
        }
        __pytk_s_specs__.set (key, spec);
    }
    return spec;
}

function __pytk_s_parse_spec__ (text, typeName, defaultType, defaultAlign) {
    const chars = __pytk_s_surrogate__.test (text) ? Array.from (text) : text;
    const end = chars.length;
    const spec = {fill: ' ', align: '', sign: '', z: false, alternate: false, width: -1, grouping: '',
        groupSize: 3, precision: -1, type: defaultType, typeGiven: false};
    let fillGiven = false;
    let pos = 0;
    const isAlign = function (ch) { return ch == '<' || ch == '>' || ch == '=' || ch == '^'; };
    if (end >= 2 && isAlign (chars [1])) {
        spec.fill = chars [0];
        spec.align = chars [1];
        fillGiven = true;
        pos = 2;
    }
    else if (end >= 1 && isAlign (chars [0])) {
        spec.align = chars [0];
        pos = 1;
    }
    if (pos < end && (chars [pos] == '+' || chars [pos] == '-' || chars [pos] == ' ')) {
        spec.sign = chars [pos++];
    }
    if (pos < end && chars [pos] == 'z') {
        spec.z = true;
        pos++;
    }
    if (pos < end && chars [pos] == '#') {
        spec.alternate = true;
        pos++;
    }
    if (!fillGiven && pos < end && chars [pos] == '0') {
        spec.fill = '0';
        if (!spec.align && defaultAlign == '>') {
            spec.align = '=';
        }
        pos++;
    }
    let start = pos;
    while (pos < end && chars [pos] >= '0' && chars [pos] <= '9') {
        pos++;
    }
    if (pos > start) {
        spec.width = Number (Array.prototype.slice.call (chars, start, pos).join (''));
    }
    if (pos < end && chars [pos] == ',') {
        spec.grouping = ',';
        pos++;
    }
    if (pos < end && chars [pos] == '_') {
        if (spec.grouping) {
            throw __pytk_s_value_error__ ("Cannot specify both ',' and '_'.");
        }
        spec.grouping = '_';
        pos++;
    }
    if (pos < end && chars [pos] == ',' && spec.grouping == '_') {
        throw __pytk_s_value_error__ ("Cannot specify both ',' and '_'.");
    }
    if (pos < end && chars [pos] == '.') {
        pos++;
        start = pos;
        while (pos < end && chars [pos] >= '0' && chars [pos] <= '9') {
            pos++;
        }
        if (pos == start) {
            throw __pytk_s_value_error__ ('Format specifier missing precision');
        }
        spec.precision = Number (Array.prototype.slice.call (chars, start, pos).join (''));
    }
    if (end - pos > 1) {
        throw __pytk_s_value_error__ ("Invalid format specifier '" + text + "' for object of type '" + typeName + "'");
    }
    if (end - pos == 1) {
        spec.type = chars [pos];
        spec.typeGiven = true;
    }
    if (spec.grouping) {
        const type = spec.type;
        if ('boxX'.indexOf (type) >= 0 && type.length == 1 && spec.grouping == '_') {
            spec.groupSize = 4;
        }
        else if (!(type === '' || (type.length == 1 && 'defgEFG%'.indexOf (type) >= 0))) {
            throw __pytk_s_value_error__ ("Cannot specify '" + spec.grouping + "' with " + __pytk_s_quote_char__ (type) + '.');
        }
    }
    return spec;
}

function __pytk_s_quote_char__ (ch) {
    const code = ch.codePointAt (0);
    return code > 32 && code < 128 ? "'" + ch + "'" : "'\\x" + code.toString (16) + "'";
}

function __pytk_s_unknown_code__ (type, typeName) {
    return __pytk_s_value_error__ ('Unknown format code ' + __pytk_s_quote_char__ (type) + " for object of type '" +
        typeName + "'");
}

// CPython's grouping of digits, with zeros in front up to minWidth when zero-padding.
function __pytk_s_group__ (digits, separator, size, minWidth) {
    let remaining = digits.length;
    let result = '';
    let first = true;
    while (true) {
        const length = Math.min (size, Math.max (remaining, minWidth, 1));
        const zeros = Math.max (0, length - remaining);
        const taken = Math.max (0, Math.min (remaining, length));
        result = '0'.repeat (zeros) + digits.slice (remaining - taken, remaining) + (first ? '' : separator) + result;
        first = false;
        remaining -= taken;
        minWidth -= length;
        if (remaining <= 0 && minWidth <= 0) {
            return result;
        }
        minWidth -= separator.length;
    }
}

function __pytk_s_pad__ (text, length, spec, defaultAlign) {
    const padding = spec.width - length;
    if (padding <= 0) {
        return text;
    }
    switch (spec.align || defaultAlign) {
        case '<':
            return text + spec.fill.repeat (padding);
        case '^':
            return spec.fill.repeat (padding >> 1) + text + spec.fill.repeat (padding - (padding >> 1));
        default:
            return spec.fill.repeat (padding) + text;
    }
}

// sign, prefix (0x), leading digits and the rest (fraction, exponent, %), aligned as CPython does.
function __pytk_s_fill_number__ (sign, prefix, digits, rest, spec) {
    const align = spec.align || '>';
    if (spec.grouping && digits) {
        const minWidth = spec.fill == '0' && align == '=' ?
            spec.width - sign.length - prefix.length - __pytk_s_len__ (rest) : 0;
        digits = __pytk_s_group__ (digits, spec.grouping, spec.groupSize, minWidth);
    }
    if (align == '=') {
        const padding = spec.width - sign.length - prefix.length - digits.length - __pytk_s_len__ (rest);
        return sign + prefix + (padding > 0 ? spec.fill.repeat (padding) : '') + digits + rest;
    }
    const text = sign + prefix + digits + rest;
    return __pytk_s_pad__ (text, sign.length + prefix.length + digits.length + __pytk_s_len__ (rest), spec, '>');
}

function __pytk_s_sign__ (negative, spec) {
    return negative ? '-' : spec.sign == '+' ? '+' : spec.sign == ' ' ? ' ' : '';
}

function __pytk_s_format_int__ (x, spec) {
    if (spec.precision >= 0) {
        throw __pytk_s_value_error__ ('Precision not allowed in integer format specifier');
    }
    if (spec.z) {
        throw __pytk_s_value_error__ ('Negative zero coercion (z) not allowed in integer format specifier');
    }
    const type = spec.type;
    if (type == 'c') {
        if (spec.sign) {
            throw __pytk_s_value_error__ ("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate) {
            throw __pytk_s_value_error__ ("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (x < 0 || x > 0x10ffff) {
            throw OverflowError ('%c arg not in range(0x110000)', new Error ());
        }
        return __pytk_s_fill_number__ ('', '', '', String.fromCodePoint (Number (x)), spec);
    }
    const radix = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
    let digits = __pytk_s_int_digits__ (x, radix);
    let prefix = spec.alternate && radix != 10 ? '0' + type : '';
    if (type == 'X') {
        digits = digits.toUpperCase ();
    }
    return __pytk_s_fill_number__ (__pytk_s_sign__ (x < 0, spec), prefix, digits, '', spec);
}

function __pytk_s_format_float__ (x, spec) {
    let type = spec.type;
    let precision = spec.precision;
    let addDot0 = false;
    let percent = false;
    let upper = false;
    if (type === '') {
        addDot0 = true;
        type = 'r';
    }
    else if (type == 'n') {
        type = 'g';
    }
    else if (type == '%') {
        type = 'f';
        x *= 100;
        percent = true;
    }
    else if (type == 'E' || type == 'F' || type == 'G') {
        type = type.toLowerCase ();
        upper = true;
    }
    if (precision < 0) {
        precision = type == 'r' ? 0 : 6;
    }
    else if (type == 'r') {
        type = 'g';
    }
    let negative = x < 0 || Object.is (x, -0);
    let body = __pytk_s_float_body__ (Math.abs (x), type, precision, spec.alternate, addDot0);
    if (upper) {
        body = body.toUpperCase ();
    }
    if (percent) {
        body += '%';
    }
    if (negative && spec.z && isFinite (x) && !/[1-9]/.test (body)) {
        negative = false;
    }
    let digitCount = 0;
    while (digitCount < body.length && body.charCodeAt (digitCount) >= 48 && body.charCodeAt (digitCount) <= 57) {
        digitCount++;
    }
    return __pytk_s_fill_number__ (__pytk_s_sign__ (negative, spec), '', body.slice (0, digitCount),
        body.slice (digitCount), spec);
}

// format () of a number. kind: 'float' for a number known to be a float, 'bool' for True/False.
function __pytk_s_format_number__ (x, text, kind) {
    let isFloat = kind == 'float' || (typeof x == 'number' && !Number.isInteger (x));
    let typeName = kind == 'bool' ? 'bool' : isFloat ? 'float' : 'int';
    let spec = __pytk_s_spec__ (text, typeName, isFloat ? '' : 'd', '>');
    if (!isFloat && kind != 'bool' && !spec.typeGiven && typeof x == 'number' &&
            (spec.precision >= 0 || spec.z || x >= 1e21 || x <= -1e21)) {
        isFloat = true;         // an int would refuse these; only a float can have been meant
        typeName = 'float';
        spec = Object.assign ({}, spec, {type: ''});
    }
    const type = spec.type;
    if (!isFloat) {
        if (type.length == 1 && 'bcdoxXn'.indexOf (type) >= 0) {
            return __pytk_s_format_int__ (x, spec);
        }
        if (type.length == 1 && 'eEfFgG%'.indexOf (type) >= 0) {
            return __pytk_s_format_float__ (Number (x), spec);
        }
        throw __pytk_s_unknown_code__ (type, typeName);
    }
    if (type === '' || (type.length == 1 && 'eEfFgGn%'.indexOf (type) >= 0)) {
        return __pytk_s_format_float__ (x, spec);
    }
    throw __pytk_s_unknown_code__ (type, typeName);
}

function __pytk_s_format_str__ (value, text) {
    const spec = __pytk_s_spec__ (text, 'str', 's', '<');
    if (spec.type != 's') {
        throw __pytk_s_unknown_code__ (spec.type, 'str');
    }
    if (spec.sign) {
        throw __pytk_s_value_error__ (spec.sign == ' ' ? 'Space not allowed in string format specifier' :
            'Sign not allowed in string format specifier');
    }
    if (spec.z) {
        throw __pytk_s_value_error__ ('Negative zero coercion (z) not allowed in string format specifier');
    }
    if (spec.alternate) {
        throw __pytk_s_value_error__ ('Alternate form (#) not allowed in string format specifier');
    }
    if (spec.align == '=') {
        throw __pytk_s_value_error__ ("'=' alignment not allowed in string format specifier");
    }
    let length = __pytk_s_len__ (value);
    if (spec.precision >= 0 && length > spec.precision) {
        value = length == value.length ? value.slice (0, spec.precision) :
            Array.from (value).slice (0, spec.precision).join ('');
        length = spec.precision;
    }
    return __pytk_s_pad__ (value, length, spec, '<');
}

// format (value, spec): Python's built-in.
export function format (value, spec) {
    if (spec === undefined || spec === null) {
        spec = '';
    }
    else if (typeof spec != 'string') {
        throw __pytk_s_type_error__ ('format() argument 2 must be str, not ' + __pytk_s_typename__ (spec));
    }
    switch (typeof value) {
        case 'string':
            return spec === '' ? value : __pytk_s_format_str__ (value, spec);
        case 'number':
            if (spec === '') {
                return __pytk_s_number_repr__ (value);
            }
            return __pytk_s_format_number__ (value, spec, '');
        case 'boolean':
            return spec === '' ? (value ? 'True' : 'False') : __pytk_s_format_number__ (+value, spec, 'bool');
        case 'bigint':
            return __pytk_s_format_number__ (value, spec, 'int');
    }
    if (value === null || value === undefined) {
        if (spec === '') {
            return 'None';
        }
        throw __pytk_s_type_error__ ('unsupported format string passed to NoneType.__format__');
    }
    if (__pytk_s_is_float_object__ (value)) {
        return __pytk_s_format_number__ (value.value, spec, 'float');
    }
    if (typeof value.__format__ == 'function') {
        return value.__format__ (spec);
    }
    if (spec === '') {
        return str (value);
    }
    throw __pytk_s_type_error__ ('unsupported format string passed to ' + __pytk_s_typename__ (value) + '.__format__');
}

Number.prototype.__format__ = function (spec) {
    return format (this.valueOf (), spec);
};
String.prototype.__format__ = function (spec) {
    return format (this.valueOf (), spec);
};
Boolean.prototype.__format__ = function (spec) {
    return format (this.valueOf (), spec);
};

// ---- str (), repr (), ascii () ----

// repr () of a class or a function, as CPython writes it (without a function's address).
function __pytk_s_callable_repr__ (value) {
    if (value.__bases__ !== undefined) {
        const module = value.__module__;
        return "<class '" + (module && module != 'builtins' && module != 'org.transcrypt.__runtime__' ?
            module + '.' : '') + value.__name__ + "'>";
    }
    const name = value.__name__;
    return '<function ' + (!name || name == '__lambda__' ? '<lambda>' : name) + '>';
}

export function repr (value) {
    const text = __tx_repr (value);
    // A class or function without a repr of its own comes back as its JavaScript source.
    return typeof value == 'function' && (text.startsWith ('function') || text.startsWith ('class ')) ?
        __pytk_s_callable_repr__ (value) : text;
}

export function str (value) {
    if (arguments.length === 0) {
        return '';
    }
    if (arguments.length > 1) {
        // str (b, encoding, errors) decodes.
        const [object, encoding, errors] = __pytk_b_args__ (arguments, ['object', 'encoding', 'errors']);
        return encoding === undefined && errors === undefined ? str (object) : __pytk_b_str__ (object, encoding, errors);
    }
    switch (typeof value) {
        case 'string':
            return value;
        case 'number':
            return __pytk_s_number_repr__ (value);
        case 'boolean':
            return value ? 'True' : 'False';
        case 'function':
            return repr (value);
    }
    if (value === null || value === undefined) {
        return 'None';
    }
    return __tx_str (value);
}

function __pytk_s_hex__ (code, width) {
    return code.toString (16).padStart (width, '0');
}

function __pytk_s_str_repr__ (text) {
    if (__pytk_s_re__.plainRepr.test (text)) {
        return "'" + text + "'";
    }
    const quote = text.indexOf ("'") >= 0 && text.indexOf ('"') < 0 ? '"' : "'";
    let result = quote;
    for (const ch of text) {
        const code = ch.codePointAt (0);
        if (ch == quote || ch == '\\') {
            result += '\\' + ch;
        }
        else if (code >= 32 && code < 127) {
            result += ch;
        }
        else if (ch == '\n') {
            result += '\\n';
        }
        else if (ch == '\t') {
            result += '\\t';
        }
        else if (ch == '\r') {
            result += '\\r';
        }
        else if (code < 32 || code == 127) {
            result += '\\x' + __pytk_s_hex__ (code, 2);
        }
        else if (__pytk_s_is_printable_char__ (ch)) {
            result += ch;
        }
        else {
            result += code <= 0xff ? '\\x' + __pytk_s_hex__ (code, 2) : code <= 0xffff ?
                '\\u' + __pytk_s_hex__ (code, 4) : '\\U' + __pytk_s_hex__ (code, 8);
        }
    }
    return result + quote;
}

String.prototype.__repr__ = function () {
    return __pytk_s_str_repr__ (String (this));
};
String.prototype.__str__ = function () {
    return String (this);
};
Number.prototype.__repr__ = function () {
    return __pytk_s_number_repr__ (this.valueOf ());
};
Number.prototype.__str__ = Number.prototype.__repr__;
Boolean.prototype.__repr__ = function () {
    return this.valueOf () ? 'True' : 'False';
};
Boolean.prototype.__str__ = Boolean.prototype.__repr__;

// ascii (): repr () with the non-ASCII characters escaped.
export function ascii (value) {
    const text = repr (value);
    if (__pytk_s_re__.ascii.test (text)) {
        return text;
    }
    let result = '';
    for (const ch of text) {
        const code = ch.codePointAt (0);
        result += code < 128 ? ch : code <= 0xff ? '\\x' + __pytk_s_hex__ (code, 2) : code <= 0xffff ?
            '\\u' + __pytk_s_hex__ (code, 4) : '\\U' + __pytk_s_hex__ (code, 8);
    }
    return result;
}

// ---- str.format and str.format_map ----

// Looks a field's first name up: a positional index or a keyword.
function __pytk_s_field_value__ (state, name) {
    if (name === '' || /^[0-9]+$/.test (name)) {
        if (state.positional === null) {
            throw __pytk_s_value_error__ ('Format string contains positional fields');
        }
        let index;
        if (name === '') {
            if (state.numbering == 'manual') {
                throw __pytk_s_value_error__ ('cannot switch from manual field specification to automatic field numbering');
            }
            state.numbering = 'auto';
            index = state.next++;
        }
        else {
            if (state.numbering == 'auto') {
                throw __pytk_s_value_error__ ('cannot switch from automatic field numbering to manual field specification');
            }
            state.numbering = 'manual';
            index = Number (name);
        }
        if (index >= state.positional.length) {
            throw IndexError ('Replacement index ' + index + ' out of range for positional args tuple', new Error ());
        }
        return state.positional [index];
    }
    return state.keyword (name);
}

function __pytk_s_getattr__ (value, name) {
    if (value !== null && value !== undefined) {
        // The generator renames some attributes (name -> py_name, type -> py_metatype).
        const alias = name == 'type' ? 'py_metatype' : 'py_' + name;
        let result = typeof value == 'object' && alias in value ? value [alias] : value [name];
        if (result === undefined && typeof value == 'number') {
            result = name == 'real' || name == 'numerator' ? value : name == 'imag' ? 0 : name == 'denominator' ? 1 : undefined;
        }
        if (result !== undefined) {
            return result;
        }
    }
    throw AttributeError ("'" + __pytk_s_typename__ (value) + "' object has no attribute '" + name + "'", new Error ());
}

function __pytk_s_getitem__ (value, key) {
    if (value !== null && value !== undefined && typeof value.__getitem__ == 'function') {
        const result = value.__getitem__ (key);
        if (result === undefined) {
            throw KeyError (key, new Error ());
        }
        return result;
    }
    if (typeof value == 'string' || Array.isArray (value)) {
        const what = typeof value == 'string' ? 'string' : value.__class__ === tuple ? 'tuple' : 'list';
        if (typeof key != 'number') {
            throw __pytk_s_type_error__ (what + ' indices must be integers' + (what == 'string' ? '' : ' or slices') +
                ', not str');
        }
        if (key >= value.length) {
            throw IndexError (what + ' index out of range', new Error ());
        }
        return value [key];
    }
    if (value === null || value === undefined || typeof value != 'object') {
        throw __pytk_s_type_error__ ("'" + __pytk_s_typename__ (value) + "' object is not subscriptable");
    }
    const result = value [key];
    if (result === undefined) {
        throw KeyError (key, new Error ());
    }
    return result;
}

// The value of a replacement field's name: first name, then .attribute and [key] parts.
function __pytk_s_resolve__ (state, field) {
    let index = 0;
    while (index < field.length && field [index] != '.' && field [index] != '[') {
        index++;
    }
    let value = __pytk_s_field_value__ (state, field.slice (0, index));
    while (index < field.length) {
        if (field [index] == '.') {
            let end = index + 1;
            while (end < field.length && field [end] != '.' && field [end] != '[') {
                end++;
            }
            const name = field.slice (index + 1, end);
            if (!name) {
                throw __pytk_s_value_error__ ('Empty attribute in format string');
            }
            value = __pytk_s_getattr__ (value, name);
            index = end;
        }
        else {
            const end = field.indexOf (']', index + 1);
            if (end < 0) {
                throw __pytk_s_value_error__ ("Missing ']' in format string");
            }
            const key = field.slice (index + 1, end);
            if (!key) {
                throw __pytk_s_value_error__ ('Empty attribute in format string');
            }
            value = __pytk_s_getitem__ (value, /^[0-9]+$/.test (key) ? Number (key) : key);
            index = end + 1;
            if (index < field.length && field [index] != '.' && field [index] != '[') {
                throw __pytk_s_value_error__ ("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
    }
    return value;
}

function __pytk_s_convert__ (value, conversion) {
    switch (conversion) {
        case 'r':
            return repr (value);
        case 's':
            return str (value);
        case 'a':
            return ascii (value);
    }
    const code = conversion.codePointAt (0);
    throw __pytk_s_value_error__ ('Unknown conversion specifier ' + (code > 32 && code < 128 ? conversion :
        '\\x' + code.toString (16)));
}

// CPython's MarkupIterator and parse_field: literal text and replacement fields, with nested
// fields in format specs expanded (two levels at most).
function __pytk_s_vformat__ (template, state, depth) {
    if (depth <= 0) {
        throw __pytk_s_value_error__ ('Max string recursion exceeded');
    }
    let result = '';
    const length = template.length;
    let pos = 0;
    while (pos < length) {
        let literalEnd = pos;
        while (literalEnd < length) {
            const ch = template [literalEnd];
            if (ch == '{' || ch == '}') {
                break;
            }
            literalEnd++;
        }
        result += template.slice (pos, literalEnd);
        if (literalEnd >= length) {
            break;
        }
        const brace = template [literalEnd];
        pos = literalEnd + 1;
        if (pos < length && template [pos] == brace) {
            result += brace;
            pos++;
            continue;
        }
        if (brace == '}') {
            throw __pytk_s_value_error__ ("Single '}' encountered in format string");
        }
        if (pos >= length) {
            throw __pytk_s_value_error__ ("Single '{' encountered in format string");
        }
        // The field name ends at '}', ':' or '!' outside brackets.
        const nameStart = pos;
        let stop = '';
        while (pos < length) {
            const ch = template [pos++];
            if (ch == '{') {
                throw __pytk_s_value_error__ ("unexpected '{' in field name");
            }
            if (ch == '[') {
                while (pos < length && template [pos] != ']') {
                    pos++;
                }
                continue;
            }
            if (ch == '}' || ch == ':' || ch == '!') {
                stop = ch;
                break;
            }
        }
        if (!stop) {
            throw __pytk_s_value_error__ ("expected '}' before end of string");
        }
        const name = template.slice (nameStart, pos - 1);
        let conversion = '';
        let spec = '';
        let nested = false;
        if (stop != '}') {
            let done = false;
            if (stop == '!') {
                if (pos >= length) {
                    throw __pytk_s_value_error__ ('end of string while looking for conversion specifier');
                }
                conversion = String.fromCodePoint (template.codePointAt (pos));
                pos += conversion.length;
                if (pos < length) {
                    const ch = template [pos++];
                    if (ch == '}') {
                        done = true;
                    }
                    else if (ch != ':') {
                        throw __pytk_s_value_error__ ("expected ':' after conversion specifier");
                    }
                }
            }
            if (!done) {
                const specStart = pos;
                let count = 1;
                while (pos < length) {
                    const ch = template [pos++];
                    if (ch == '{') {
                        nested = true;
                        count++;
                    }
                    else if (ch == '}' && --count === 0) {
                        break;
                    }
                }
                if (count) {
                    throw __pytk_s_value_error__ ("unmatched '{' in format spec");
                }
                spec = template.slice (specStart, pos - 1);
            }
        }
        let value = __pytk_s_resolve__ (state, name);
        if (conversion) {
            value = __pytk_s_convert__ (value, conversion);
        }
        if (nested) {
            spec = __pytk_s_vformat__ (spec, state, depth - 1);
        }
        result += format (value, spec);
    }
    return result;
}

function __pytk_s_keyword_lookup__ (kwargs) {
    return function (name) {
        if (kwargs !== null) {
            if (Object.prototype.hasOwnProperty.call (kwargs, name) && name != '__kwargtrans__') {
                return kwargs [name];
            }
            const alias = name == 'type' ? 'py_metatype' : 'py_' + name;
            if (Object.prototype.hasOwnProperty.call (kwargs, alias)) {
                return kwargs [alias];
            }
        }
        throw KeyError (name, new Error ());
    };
}

function __pytk_s_str_format__ (template, args) {
    let kwargs = null;
    let count = args.length;
    if (count && __pytk_s_is_kwargs__ (args [count - 1])) {
        kwargs = args [--count];
    }
    const state = {positional: Array.prototype.slice.call (args, 0, count), next: 0, numbering: '',
        keyword: __pytk_s_keyword_lookup__ (kwargs)};
    return __pytk_s_vformat__ (template, state, 2);
}

// s.format (...) is read as a property, so that s.format.apply (null, args) still knows s.
Object.defineProperty (String.prototype, 'format', {
    get: function () {
        const self = String (this);
        return function () {
            return __pytk_s_str_format__ (self, arguments);
        };
    },
    enumerable: false,
    configurable: true,
});

// ---- str methods ----

function __pytk_s_method__ (name, method) {
    Object.defineProperty (String.prototype, name, {value: method, writable: true, configurable: true, enumerable: false});
}

const __pytk_s_methods__ = {
    format_map: function (mapping) {
        const state = {positional: null, next: 0, numbering: '', keyword: function (name) {
            return __pytk_s_getitem__ (mapping, name);
        }};
        return __pytk_s_vformat__ (String (this), state, 2);
    },

    // -- stripping and splitting --

    strip: function (chars) {
        return __pytk_s_strip__ (String (this), chars, true, true, 'strip');
    },
    lstrip: function (chars) {
        return __pytk_s_strip__ (String (this), chars, true, false, 'lstrip');
    },
    rstrip: function (chars) {
        return __pytk_s_strip__ (String (this), chars, false, true, 'rstrip');
    },
    py_split: function (sep, maxsplit) {
        [sep, maxsplit] = __pytk_s_args__ (arguments, ['sep', 'maxsplit'], 'split');
        return __pytk_s_split__ (String (this), sep, maxsplit, false);
    },
    rsplit: function (sep, maxsplit) {
        [sep, maxsplit] = __pytk_s_args__ (arguments, ['sep', 'maxsplit'], 'rsplit');
        return __pytk_s_split__ (String (this), sep, maxsplit, true);
    },
    splitlines: function (keepends) {
        [keepends] = __pytk_s_args__ (arguments, ['keepends'], 'splitlines');
        const text = String (this);
        const lines = [];
        let start = 0;
        let pos = 0;
        while (pos < text.length) {
            while (pos < text.length && !__pytk_s_is_linebreak__ (text.charCodeAt (pos))) {
                pos++;
            }
            let lineEnd = pos;
            if (pos < text.length) {
                pos += text.charCodeAt (pos) === 13 && text.charCodeAt (pos + 1) === 10 ? 2 : 1;
                if (keepends) {
                    lineEnd = pos;
                }
            }
            lines.push (text.slice (start, lineEnd));
            start = pos;
        }
        return lines;
    },
    partition: function (sep) {
        const text = String (this);
        __pytk_s_need_str__ (sep, 'must be str');
        if (!sep) {
            throw __pytk_s_value_error__ ('empty separator');
        }
        const index = text.indexOf (sep);
        return tuple (index < 0 ? [text, '', ''] : [text.slice (0, index), sep, text.slice (index + sep.length)]);
    },
    rpartition: function (sep) {
        const text = String (this);
        __pytk_s_need_str__ (sep, 'must be str');
        if (!sep) {
            throw __pytk_s_value_error__ ('empty separator');
        }
        const index = text.lastIndexOf (sep);
        return tuple (index < 0 ? ['', '', text] : [text.slice (0, index), sep, text.slice (index + sep.length)]);
    },
    join: function (iterable) {
        let items;
        if (Array.isArray (iterable)) {
            items = iterable;
        }
        else if (typeof iterable == 'string') {
            items = Array.from (iterable);
        }
        else {
            if (iterable === null || iterable === undefined || typeof iterable != 'object' && typeof iterable != 'function') {
                throw __pytk_s_type_error__ ('can only join an iterable');
            }
            items = Array.from (__i__ (iterable));
        }
        for (let index = 0; index < items.length; index++) {
            if (typeof items [index] != 'string') {
                throw __pytk_s_type_error__ ('sequence item ' + index + ': expected str instance, ' +
                    __pytk_s_typename__ (items [index]) + ' found');
            }
        }
        return items.join (String (this));
    },

    // -- searching --

    find: function (sub, start, end) {
        return __pytk_s_find__ (String (this), sub, start, end, false);
    },
    rfind: function (sub, start, end) {
        return __pytk_s_find__ (String (this), sub, start, end, true);
    },
    index: function (sub, start, end) {
        const result = __pytk_s_find__ (String (this), sub, start, end, false);
        if (result < 0) {
            throw __pytk_s_value_error__ ('substring not found');
        }
        return result;
    },
    rindex: function (sub, start, end) {
        const result = __pytk_s_find__ (String (this), sub, start, end, true);
        if (result < 0) {
            throw __pytk_s_value_error__ ('substring not found');
        }
        return result;
    },
    count: function (sub, start, end) {
        const text = String (this);
        __pytk_s_need_str__ (sub, 'must be str');
        [start, end] = __pytk_s_bounds__ (text.length, start, end);
        if (end - start < sub.length) {
            return 0;
        }
        if (!sub) {
            return end - start + 1;
        }
        let count = 0;
        let pos = text.indexOf (sub, start);
        while (pos >= 0 && pos + sub.length <= end) {
            count++;
            pos = text.indexOf (sub, pos + sub.length);
        }
        return count;
    },
    startswith: function (prefix, start, end) {
        return __pytk_s_tailmatch__ (String (this), prefix, start, end, false);
    },
    endswith: function (suffix, start, end) {
        return __pytk_s_tailmatch__ (String (this), suffix, start, end, true);
    },
    py_replace: function (old, replacement, count) {
        const text = String (this);
        __pytk_s_need_str__ (old, 'replace() argument 1 must be str');
        __pytk_s_need_str__ (replacement, 'replace() argument 2 must be str');
        count = count === undefined ? -1 : __pytk_s_index__ (count);
        if (count < 0) {
            if (old) {
                return text.split (old).join (replacement);
            }
            count = Infinity;
        }
        if (!old) {
            const chars = Array.from (text);
            let result = '';
            let done = 0;
            for (let index = 0; index <= chars.length; index++) {
                if (done < count) {
                    result += replacement;
                    done++;
                }
                if (index < chars.length) {
                    result += chars [index];
                }
            }
            return result;
        }
        let result = '';
        let pos = 0;
        while (count-- > 0) {
            const found = text.indexOf (old, pos);
            if (found < 0) {
                break;
            }
            result += text.slice (pos, found) + replacement;
            pos = found + old.length;
        }
        return result + text.slice (pos);
    },
    removeprefix: function (prefix) {
        const text = String (this);
        __pytk_s_need_str__ (prefix, 'removeprefix() argument must be str');
        return prefix && text.startsWith (prefix) ? text.slice (prefix.length) : text;
    },
    removesuffix: function (suffix) {
        const text = String (this);
        __pytk_s_need_str__ (suffix, 'removesuffix() argument must be str');
        return suffix && text.endsWith (suffix) ? text.slice (0, text.length - suffix.length) : text;
    },

    // -- case --

    upper: function () {
        return String (this).toUpperCase ();
    },
    lower: function () {
        return String (this).toLowerCase ();
    },
    casefold: function () {
        const text = String (this);
        if (__pytk_s_re__.ascii.test (text)) {
            return text.toLowerCase ();
        }
        let result = '';
        for (const ch of text) {
            result += __pytk_s_casefold_char__ (ch);
        }
        return result;
    },
    capitalize: function () {
        const text = String (this);
        if (!text) {
            return text;
        }
        if (__pytk_s_re__.ascii.test (text)) {
            return text [0].toUpperCase () + text.slice (1).toLowerCase ();
        }
        const chars = Array.from (text);
        let result = __pytk_s_title_char__ (chars [0]);
        for (let index = 1; index < chars.length; index++) {
            result += __pytk_s_lower_at__ (chars, index);
        }
        return result;
    },
    title: function () {
        const text = String (this);
        let result = '';
        let previousCased = false;
        if (__pytk_s_re__.ascii.test (text)) {
            for (const ch of text) {
                const lower = ch >= 'a' && ch <= 'z';
                const upper = ch >= 'A' && ch <= 'Z';
                result += previousCased ? ch.toLowerCase () : ch.toUpperCase ();
                previousCased = lower || upper;
            }
            return result;
        }
        const chars = Array.from (text);
        for (let index = 0; index < chars.length; index++) {
            const ch = chars [index];
            result += previousCased ? __pytk_s_lower_at__ (chars, index) : __pytk_s_title_char__ (ch);
            previousCased = __pytk_s_re__.cased.test (ch);
        }
        return result;
    },
    swapcase: function () {
        const chars = Array.from (String (this));
        let result = '';
        for (let index = 0; index < chars.length; index++) {
            const ch = chars [index];
            result += __pytk_s_re__.upper.test (ch) ? __pytk_s_lower_at__ (chars, index) :
                __pytk_s_re__.lower.test (ch) ? ch.toUpperCase () : ch;
        }
        return result;
    },

    // -- padding --

    center: function (width, fillchar) {
        return __pytk_s_justify__ (String (this), width, fillchar, 'center');
    },
    ljust: function (width, fillchar) {
        return __pytk_s_justify__ (String (this), width, fillchar, 'ljust');
    },
    rjust: function (width, fillchar) {
        return __pytk_s_justify__ (String (this), width, fillchar, 'rjust');
    },
    zfill: function (width) {
        const text = String (this);
        const fill = __pytk_s_index__ (width) - __pytk_s_len__ (text);
        if (fill <= 0) {
            return text;
        }
        if (text [0] == '+' || text [0] == '-') {
            return text [0] + '0'.repeat (fill) + text.slice (1);
        }
        return '0'.repeat (fill) + text;
    },
    expandtabs: function (tabsize) {
        [tabsize] = __pytk_s_args__ (arguments, ['tabsize'], 'expandtabs');
        tabsize = tabsize === undefined ? 8 : __pytk_s_index__ (tabsize);
        let result = '';
        let column = 0;
        for (const ch of String (this)) {
            if (ch == '\t') {
                if (tabsize > 0) {
                    const spaces = tabsize - (column % tabsize);
                    result += ' '.repeat (spaces);
                    column += spaces;
                }
            }
            else {
                result += ch;
                column = ch == '\n' || ch == '\r' ? 0 : column + 1;
            }
        }
        return result;
    },

    // -- predicates --

    isdecimal: function () {
        return __pytk_s_all__ (String (this), function (ch) { return __pytk_s_re__.decimal.test (ch); });
    },
    isdigit: function () {
        return __pytk_s_all__ (String (this), __pytk_s_is_digit_char__);
    },
    isnumeric: function () {
        return __pytk_s_all__ (String (this), __pytk_s_is_numeric_char__);
    },
    isalpha: function () {
        return __pytk_s_all__ (String (this), function (ch) { return __pytk_s_re__.alpha.test (ch); });
    },
    isalnum: function () {
        return __pytk_s_all__ (String (this), function (ch) {
            return __pytk_s_re__.alpha.test (ch) || __pytk_s_is_numeric_char__ (ch);
        });
    },
    isspace: function () {
        const text = String (this);
        if (!text) {
            return false;
        }
        for (let index = 0; index < text.length; index++) {
            if (!__pytk_s_is_space__ (text.charCodeAt (index))) {
                return false;
            }
        }
        return true;
    },
    islower: function () {
        let cased = false;
        for (const ch of String (this)) {
            if (__pytk_s_re__.upper.test (ch) || __pytk_s_re__.titlecase.test (ch)) {
                return false;
            }
            cased = cased || __pytk_s_re__.lower.test (ch);
        }
        return cased;
    },
    isupper: function () {
        let cased = false;
        for (const ch of String (this)) {
            if (__pytk_s_re__.lower.test (ch) || __pytk_s_re__.titlecase.test (ch)) {
                return false;
            }
            cased = cased || __pytk_s_re__.upper.test (ch);
        }
        return cased;
    },
    istitle: function () {
        let cased = false;
        let previousCased = false;
        for (const ch of String (this)) {
            if (__pytk_s_re__.upper.test (ch) || __pytk_s_re__.titlecase.test (ch)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            }
            else if (__pytk_s_re__.lower.test (ch)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            }
            else {
                previousCased = false;
            }
        }
        return cased;
    },
    isidentifier: function () {
        return __pytk_s_re__.identifier.test (String (this));
    },
    isprintable: function () {
        const text = String (this);
        if (__pytk_s_re__.plainRepr.test (text)) {
            return true;
        }
        for (const ch of text) {
            if (!__pytk_s_is_printable_char__ (ch)) {
                return false;
            }
        }
        return true;
    },
    isascii: function () {
        return __pytk_s_re__.ascii.test (String (this));
    },

    // -- others --

    translate: function (table) {
        let result = '';
        for (const ch of String (this)) {
            let mapped;
            try {
                mapped = __pytk_s_getitem__ (table, ch.codePointAt (0));
            }
            catch (exception) {
                if (isinstance (exception, LookupError)) {
                    result += ch;
                    continue;
                }
                throw exception;
            }
            if (mapped === null) {
                continue;
            }
            if (typeof mapped == 'number') {
                result += chr (mapped);
            }
            else if (typeof mapped == 'string') {
                result += mapped;
            }
            else {
                throw __pytk_s_type_error__ ('character mapping must return integer, None or str');
            }
        }
        return result;
    },
    __mul__: function (count) {
        if (typeof count == 'boolean') {
            count = +count;
        }
        else if (typeof count != 'number' || !Number.isInteger (count)) {
            if (count !== null && typeof count == 'object' && typeof count.__index__ == 'function') {
                count = count.__index__ ();
            }
            else {
                throw __pytk_s_type_error__ ("can't multiply sequence by non-int of type '" +
                    __pytk_s_typename__ (count) + "'");
            }
        }
        return count > 0 ? String (this).repeat (count) : '';
    },
    __iter__: function () {
        return new __PyIterator__ (Array.from (String (this)));
    },
};
__pytk_s_methods__.__rmul__ = __pytk_s_methods__.__mul__;

for (const name of Object.keys (__pytk_s_methods__)) {
    __pytk_s_method__ (name, __pytk_s_methods__ [name]);
}

function __pytk_s_strip__ (text, chars, left, right, method) {
    let start = 0;
    let end = text.length;
    if (chars === undefined || chars === null) {
        if (left) {
            while (start < end && __pytk_s_is_space__ (text.charCodeAt (start))) {
                start++;
            }
        }
        if (right) {
            while (end > start && __pytk_s_is_space__ (text.charCodeAt (end - 1))) {
                end--;
            }
        }
    }
    else {
        if (typeof chars != 'string') {
            throw __pytk_s_type_error__ (method + ' arg must be None or str');
        }
        if (__pytk_s_surrogate__.test (chars)) {
            const set = new Set (Array.from (chars));
            const all = Array.from (text);
            let first = 0;
            let last = all.length;
            while (left && first < last && set.has (all [first])) {
                first++;
            }
            while (right && last > first && set.has (all [last - 1])) {
                last--;
            }
            return all.slice (first, last).join ('');
        }
        if (left) {
            while (start < end && chars.indexOf (text [start]) >= 0) {
                start++;
            }
        }
        if (right) {
            while (end > start && chars.indexOf (text [end - 1]) >= 0) {
                end--;
            }
        }
    }
    return start === 0 && end === text.length ? text : text.slice (start, end);
}

function __pytk_s_split__ (text, sep, maxsplit, fromRight) {
    maxsplit = maxsplit === undefined ? -1 : __pytk_s_index__ (maxsplit);
    let count = maxsplit < 0 ? Infinity : maxsplit;
    const result = [];
    const length = text.length;
    if (sep === undefined || sep === null) {
        if (!fromRight) {
            let pos = 0;
            while (count-- > 0) {
                while (pos < length && __pytk_s_is_space__ (text.charCodeAt (pos))) {
                    pos++;
                }
                if (pos == length) {
                    break;
                }
                const start = pos++;
                while (pos < length && !__pytk_s_is_space__ (text.charCodeAt (pos))) {
                    pos++;
                }
                result.push (text.slice (start, pos));
            }
            while (pos < length && __pytk_s_is_space__ (text.charCodeAt (pos))) {
                pos++;
            }
            if (pos < length) {
                result.push (text.slice (pos));
            }
            return result;
        }
        let pos = length - 1;
        while (count-- > 0) {
            while (pos >= 0 && __pytk_s_is_space__ (text.charCodeAt (pos))) {
                pos--;
            }
            if (pos < 0) {
                break;
            }
            const end = pos--;
            while (pos >= 0 && !__pytk_s_is_space__ (text.charCodeAt (pos))) {
                pos--;
            }
            result.push (text.slice (pos + 1, end + 1));
        }
        while (pos >= 0 && __pytk_s_is_space__ (text.charCodeAt (pos))) {
            pos--;
        }
        if (pos >= 0) {
            result.push (text.slice (0, pos + 1));
        }
        return result.reverse ();
    }
    __pytk_s_need_str__ (sep, 'must be str or None');
    if (!sep) {
        throw __pytk_s_value_error__ ('empty separator');
    }
    if (count === Infinity) {
        return text.split (sep);
    }
    if (!fromRight) {
        let pos = 0;
        while (count-- > 0) {
            const found = text.indexOf (sep, pos);
            if (found < 0) {
                break;
            }
            result.push (text.slice (pos, found));
            pos = found + sep.length;
        }
        result.push (text.slice (pos));
        return result;
    }
    let end = length;
    while (count-- > 0) {
        const found = end - sep.length < 0 ? -1 : text.lastIndexOf (sep, end - sep.length);
        if (found < 0) {
            break;
        }
        result.push (text.slice (found + sep.length, end));
        end = found;
    }
    result.push (text.slice (0, end));
    return result.reverse ();
}

function __pytk_s_find__ (text, sub, start, end, fromRight) {
    __pytk_s_need_str__ (sub, 'must be str');
    [start, end] = __pytk_s_bounds__ (text.length, start, end);
    if (end - start < sub.length) {
        return -1;
    }
    if (fromRight) {
        const found = text.lastIndexOf (sub, end - sub.length);
        return found >= start ? found : -1;
    }
    const found = text.indexOf (sub, start);
    return found >= 0 && found + sub.length <= end ? found : -1;
}

function __pytk_s_tailmatch__ (text, affix, start, end, atEnd) {
    const method = atEnd ? 'endswith' : 'startswith';
    let affixes;
    if (typeof affix == 'string') {
        affixes = [affix];
    }
    else if (Array.isArray (affix) && affix.__class__ === tuple) {
        affixes = affix;
    }
    else {
        throw __pytk_s_type_error__ (method + ' first arg must be str or a tuple of str, not ' +
            __pytk_s_typename__ (affix));
    }
    [start, end] = __pytk_s_bounds__ (text.length, start, end);
    for (const item of affixes) {
        if (typeof item != 'string') {
            throw __pytk_s_type_error__ ('tuple for ' + method + ' must only contain str, not ' +
                __pytk_s_typename__ (item));
        }
        const last = end - item.length;
        if (last < start) {
            continue;
        }
        if (text.startsWith (item, atEnd ? last : start)) {
            return true;
        }
    }
    return false;
}

function __pytk_s_justify__ (text, width, fillchar, method) {
    width = __pytk_s_index__ (width);
    if (fillchar === undefined) {
        fillchar = ' ';
    }
    else {
        if (typeof fillchar != 'string') {
            throw __pytk_s_type_error__ ('The fill character must be a unicode character, not ' +
                __pytk_s_typename__ (fillchar));
        }
        if (__pytk_s_len__ (fillchar) != 1) {
            throw __pytk_s_type_error__ ('The fill character must be exactly one character long');
        }
    }
    const margin = width - __pytk_s_len__ (text);
    if (margin <= 0) {
        return text;
    }
    if (method == 'ljust') {
        return text + fillchar.repeat (margin);
    }
    if (method == 'rjust') {
        return fillchar.repeat (margin) + text;
    }
    const left = (margin >> 1) + (margin & width & 1);
    return fillchar.repeat (left) + text + fillchar.repeat (margin - left);
}

// Unbound methods: str.lower (s), sorted (names, key = str.lower).
for (const name of Object.keys (__pytk_s_methods__).concat (['format'])) {
    if (name.startsWith ('__')) {
        continue;
    }
    const pythonName = __pytk_s_keyword__ (name);
    str [name] = function (self) {
        if (typeof self != 'string') {
            throw __pytk_s_type_error__ ("descriptor '" + pythonName + "' for 'str' objects doesn't apply to a '" +
                __pytk_s_typename__ (self) + "' object");
        }
        return self [name].apply (self, Array.prototype.slice.call (arguments, 1));
    };
}

// str.maketrans (x [, y [, z]]): a translation table for str.translate.
str.maketrans = function (x, y, z) {
    const table = dict ();
    if (y === undefined) {
        const pairs = x !== null && typeof x == 'object' && typeof x.py_items == 'function' ? x.py_items () : null;
        if (pairs === null) {
            throw __pytk_s_type_error__ ('if you give only one argument to maketrans it must be a dict');
        }
        for (const [key, value] of pairs) {
            if (typeof key == 'string') {
                if (__pytk_s_len__ (key) != 1) {
                    throw __pytk_s_value_error__ ('string keys in translate table must be of length 1');
                }
                table.__setitem__ (key.codePointAt (0), value);
            }
            else {
                table.__setitem__ (key, value);
            }
        }
        return table;
    }
    if (typeof x != 'string') {
        throw __pytk_s_type_error__ ('first maketrans argument must be a string if there is a second argument');
    }
    __pytk_s_need_str__ (y, 'maketrans() argument 2 must be str');
    const from = Array.from (x);
    const to = Array.from (y);
    if (from.length != to.length) {
        throw __pytk_s_value_error__ ('the first two maketrans arguments must have equal length');
    }
    for (let index = 0; index < from.length; index++) {
        table.__setitem__ (from [index].codePointAt (0), to [index].codePointAt (0));
    }
    if (z !== undefined) {
        for (const ch of __pytk_s_need_str__ (z, 'maketrans() argument 3 must be str')) {
            table.__setitem__ (ch.codePointAt (0), null);
        }
    }
    return table;
};

// ---- string ordering ----

// Compares code point by code point, as CPython does (JavaScript compares UTF-16 units).
function __pytk_s_compare__ (a, b) {
    if (a === b) {
        return 0;
    }
    const length = Math.min (a.length, b.length);
    let index = 0;
    while (index < length && a.charCodeAt (index) === b.charCodeAt (index)) {
        index++;
    }
    if (index == length) {
        return a.length < b.length ? -1 : 1;
    }
    let x = a.charCodeAt (index);
    let y = b.charCodeAt (index);
    if (x >= 0xD800 && y >= 0xD800) {
        x = a.codePointAt (index);
        y = b.codePointAt (index);
    }
    return x < y ? -1 : 1;
}

// The order of two values when either is a str; undefined when the generator's own rules apply.
function __pytk_s_order__ (a, b, operator) {
    if (typeof a == 'string' && typeof b == 'string') {
        return __pytk_s_compare__ (a, b);
    }
    const other = typeof a == 'string' ? b : a;
    if (other !== null && (typeof other == 'object' || typeof other == 'function')) {
        return undefined;
    }
    throw __pytk_s_type_error__ ("'" + operator + "' not supported between instances of '" + __pytk_s_typename__ (a) +
        "' and '" + __pytk_s_typename__ (b) + "'");
}

export function __lt__ (a, b) {
    if (typeof a == 'string' || typeof b == 'string') {
        const order = __pytk_s_order__ (a, b, '<');
        if (order !== undefined) {
            return order < 0;
        }
    }
    return __tx___lt__ (a, b);
}

export function __le__ (a, b) {
    if (typeof a == 'string' || typeof b == 'string') {
        const order = __pytk_s_order__ (a, b, '<=');
        if (order !== undefined) {
            return order <= 0;
        }
    }
    return __tx___le__ (a, b);
}

export function __gt__ (a, b) {
    if (typeof a == 'string' || typeof b == 'string') {
        const order = __pytk_s_order__ (a, b, '>');
        if (order !== undefined) {
            return order > 0;
        }
    }
    return __tx___gt__ (a, b);
}

export function __ge__ (a, b) {
    if (typeof a == 'string' || typeof b == 'string') {
        const order = __pytk_s_order__ (a, b, '>=');
        if (order !== undefined) {
            return order >= 0;
        }
    }
    return __tx___ge__ (a, b);
}

// The generator defines String.prototype.format with __setproperty__, which makes it
// unchangeable: let properties of String.prototype stay configurable, so this file can replace it.
// (Runs while the generator's builtins load: it must not use this file's constants.)
export function __setproperty__ (anObject, name, descriptor) {
    if (anObject === String.prototype && !('configurable' in descriptor)) {
        descriptor = Object.assign ({configurable: true}, descriptor);
    }
    return __tx___setproperty__ (anObject, name, descriptor);
}

// ---- numbers ----

function __pytk_s_int_from_string__ (text, base) {
    const invalid = function () {
        return __pytk_s_value_error__ ('invalid literal for int() with base ' + base + ': ' + __pytk_s_str_repr__ (text));
    };
    let body = __pytk_s_strip__ (text, null, true, true, 'strip');
    let negative = false;
    if (body [0] == '+' || body [0] == '-') {
        negative = body [0] == '-';
        body = body.slice (1);
    }
    let radix = base;
    const prefix = body.slice (0, 2).toLowerCase ();
    const prefixRadix = prefix == '0x' ? 16 : prefix == '0o' ? 8 : prefix == '0b' ? 2 : 0;
    if (prefixRadix && (base === 0 || base === prefixRadix)) {
        radix = prefixRadix;
        body = body.slice (2);
        if (body [0] == '_') {
            body = body.slice (1);      // 0x_1f: an underscore may follow the prefix
            if (!body) {
                throw invalid ();
            }
        }
    }
    else if (base === 0) {
        radix = 10;
        if (/^0+(_0+)*$/.test (body)) {
            return 0;
        }
        if (body [0] == '0') {
            throw invalid ();
        }
    }
    if (!body || body [0] == '_' || body [body.length - 1] == '_' || body.indexOf ('__') >= 0) {
        throw invalid ();
    }
    body = body.split ('_').join ('');
    let digits = '';
    for (const ch of body) {
        let value;
        const code = ch.codePointAt (0);
        if (code >= 48 && code <= 57) {
            value = code - 48;
        }
        else if (code >= 97 && code <= 122) {
            value = code - 87;
        }
        else if (code >= 65 && code <= 90) {
            value = code - 55;
        }
        else if (__pytk_s_re__.decimal.test (ch)) {
            value = __pytk_s_decimal_value__ (code);
        }
        else {
            throw invalid ();
        }
        if (value >= radix) {
            throw invalid ();
        }
        digits += value.toString (radix);
    }
    let result;
    if (digits.length * Math.log2 (radix) < 53) {
        result = parseInt (digits, radix);
    }
    else {
        let big = 0n;
        const bigRadix = BigInt (radix);
        for (const ch of digits) {
            big = big * bigRadix + BigInt (parseInt (ch, radix));
        }
        result = Number (big);
    }
    return negative && result ? -result : result;
}

// The value of a decimal digit of any script (Nd digits come in runs of ten, 0 to 9).
function __pytk_s_decimal_value__ (code) {
    let zero = code;
    while (zero > 0 && __pytk_s_re__.decimal.test (String.fromCodePoint (zero - 1)) && code - zero < 9) {
        zero--;
    }
    return code - zero;
}

// int (x), int (text, base)
export function int (value, base) {
    if (arguments.length === 0) {
        return 0;
    }
    if (__pytk_s_is_kwargs__ (arguments [arguments.length - 1])) {
        [value, base] = __pytk_s_args__ (arguments, ['', 'base'], 'int');
    }
    if (base !== undefined) {
        base = __pytk_s_index__ (base);
        if (base !== 0 && (base < 2 || base > 36)) {
            throw __pytk_s_value_error__ ('int() base must be >= 2 and <= 36, or 0');
        }
        if (typeof value != 'string') {
            throw __pytk_s_type_error__ ("int() can't convert non-string with explicit base");
        }
        return __pytk_s_int_from_string__ (value, base);
    }
    if (typeof value == 'number') {
        if (value !== value) {
            throw __pytk_s_value_error__ ('cannot convert float NaN to integer');
        }
        if (value === Infinity || value === -Infinity) {
            throw OverflowError ('cannot convert float infinity to integer', new Error ());
        }
        return Math.trunc (value) || 0;
    }
    if (typeof value == 'string') {
        return __pytk_s_int_from_string__ (value, 10);
    }
    if (typeof value == 'boolean') {
        return +value;
    }
    if (__pytk_s_is_float_object__ (value)) {
        return int (value.value);
    }
    if (value !== null && value !== undefined) {
        for (const method of ['__int__', '__index__', '__trunc__']) {
            if (typeof value [method] == 'function') {
                return value [method] ();
            }
        }
    }
    throw __pytk_s_type_error__ ("int() argument must be a string, a bytes-like object or a real number, not '" +
        __pytk_s_typename__ (value) + "'");
}

const __pytk_s_float_syntax__ = /^[+-]?(?:(?:[0-9](?:_?[0-9])*)(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/;
const __pytk_s_float_words__ = /^([+-]?)(inf|infinity|nan)$/i;

// float (x)
export function float (...args) {
    return __pytk_float__ (__pytk_s_to_float__ (...args));
}

function __pytk_s_to_float__ (value) {
    if (arguments.length === 0) {
        return 0;
    }
    switch (typeof value) {
        case 'number':
            return value;
        case 'boolean':
            return +value;
        case 'string': {
            const text = __pytk_s_strip__ (value, null, true, true, 'strip');
            if (__pytk_s_float_syntax__.test (text)) {
                return Number (text.indexOf ('_') >= 0 ? text.split ('_').join ('') : text);
            }
            const word = __pytk_s_float_words__.exec (text);
            if (word) {
                const magnitude = word [2].toLowerCase () == 'nan' ? NaN : Infinity;
                return word [1] == '-' ? -magnitude : magnitude;
            }
            if (/[^\x00-\x7f]/.test (text)) {
                const ascii = Array.from (text, function (ch) {
                    return __pytk_s_re__.decimal.test (ch) ? String (__pytk_s_decimal_value__ (ch.codePointAt (0))) : ch;
                }).join ('');
                if (__pytk_s_float_syntax__.test (ascii)) {
                    return Number (ascii.split ('_').join (''));
                }
            }
            throw __pytk_s_value_error__ ('could not convert string to float: ' + __pytk_s_str_repr__ (value));
        }
    }
    if (__pytk_s_is_float_object__ (value)) {
        return value.value;
    }
    if (value !== null && value !== undefined) {
        for (const method of ['__float__', '__index__']) {
            if (typeof value [method] == 'function') {
                return value [method] ();
            }
        }
    }
    throw __pytk_s_type_error__ ("float() argument must be a string or a real number, not '" +
        __pytk_s_typename__ (value) + "'");
}

// round (x [, ndigits]): half to even, on the exact value of x; a float stays a float when
// ndigits is given.
export function round (number, ndigits) {
    if (__pytk_s_is_kwargs__ (arguments [arguments.length - 1])) {
        [number, ndigits] = __pytk_s_args__ (arguments, ['number', 'ndigits'], 'round');
    }
    const result = __pytk_s_round__ (number, ndigits);
    return ndigits !== undefined && ndigits !== null && __pytk_is_float__ (number) ? __pytk_float__ (result) : result;
}

function __pytk_s_round__ (number, ndigits) {
    if (typeof number == 'boolean') {
        number = +number;
    }
    else if (__pytk_s_is_float_object__ (number)) {
        number = number.value;
    }
    else if (typeof number != 'number') {
        if (number !== null && number !== undefined && typeof number.__round__ == 'function') {
            return ndigits === undefined ? number.__round__ () : number.__round__ (ndigits);
        }
        throw __pytk_s_type_error__ ('type ' + __pytk_s_typename__ (number) + " doesn't define __round__ method");
    }
    if (ndigits === undefined || ndigits === null) {
        if (number !== number) {
            throw __pytk_s_value_error__ ('cannot convert float NaN to integer');
        }
        if (number === Infinity || number === -Infinity) {
            throw OverflowError ('cannot convert float infinity to integer', new Error ());
        }
        const floor = Math.floor (number);
        const difference = number - floor;
        const result = difference > 0.5 || (difference === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
        return result || 0;
    }
    ndigits = __pytk_s_index__ (ndigits);
    if (!isFinite (number) || number === 0) {
        return number;
    }
    if (Number.isInteger (number) && ndigits >= 0) {
        return number;
    }
    if (ndigits > 323) {
        return number;
    }
    if (ndigits < -308) {
        return 0 * number;
    }
    let [digits, point] = __pytk_s_exact_digits__ (Math.abs (number));
    [digits, point] = __pytk_s_round_digits__ (digits, point, point + ndigits);
    const magnitude = Number ('0.' + digits + 'e' + point);
    return number < 0 ? -magnitude : magnitude;
}

// abs (x): the generator's runtime holds it as a variable (Math.abs), so it is reassigned here.
abs = function (value) {
    if (typeof value == 'number') {
        return Math.abs (value);
    }
    if (typeof value == 'boolean') {
        return +value;
    }
    if (value !== null && value !== undefined && typeof value.__abs__ == 'function') {
        return value.__abs__ ();
    }
    if (__pytk_s_is_float_object__ (value)) {
        return Math.abs (value.value);
    }
    if (typeof value == 'bigint') {
        return value < 0n ? -value : value;
    }
    throw __pytk_s_type_error__ ("bad operand type for abs(): '" + __pytk_s_typename__ (value) + "'");
};

export function chr (code) {
    code = __pytk_s_index__ (code);
    if (code < 0 || code > 0x10ffff) {
        throw __pytk_s_value_error__ ('chr() arg not in range(0x110000)');
    }
    return String.fromCodePoint (code);
}

export function ord (ch) {
    if (typeof ch != 'string') {
        throw __pytk_s_type_error__ ('ord() expected string of length 1, but ' + __pytk_s_typename__ (ch) + ' found');
    }
    const code = ch.codePointAt (0);
    if (ch.length == 1 || (ch.length == 2 && code > 0xffff)) {
        return code;
    }
    throw __pytk_s_type_error__ ('ord() expected a character, but string of length ' + __pytk_s_len__ (ch) + ' found');
}

function __pytk_s_radix_text__ (value, radix, prefix) {
    value = __pytk_s_index__ (value);
    return (value < 0 ? '-' : '') + prefix + __pytk_s_int_digits__ (value, radix);
}

export function hex (value) {
    return __pytk_s_radix_text__ (value, 16, '0x');
}

export function oct (value) {
    return __pytk_s_radix_text__ (value, 8, '0o');
}

export function bin (value) {
    return __pytk_s_radix_text__ (value, 2, '0b');
}

// CPython's divmod (a, b), floats included. The runtime's own divmod is defined in its Python part,
// after this file, so it cannot be overridden from here: wiring it is divmod = __pytk_divmod__ there.
export function __pytk_divmod__ (a, b) {
    if (a instanceof PyFloat || b instanceof PyFloat) {
        const x = __pytk_num__ (a), y = __pytk_num__ (b);
        if (x !== undefined && y !== undefined) {
            if (y === 0) {
                throw ZeroDivisionError ('float divmod()', new Error ());
            }
            const [quotient, remainder] = __pytk_divmod__ (x, y);
            return tuple ([__pytk_float__ (quotient), __pytk_float__ (remainder)]);
        }
    }
    if (typeof a == 'boolean') {
        a = +a;
    }
    if (typeof b == 'boolean') {
        b = +b;
    }
    if (typeof a != 'number' || typeof b != 'number') {
        if (a !== null && typeof a == 'object' && typeof a.__divmod__ == 'function') {
            return a.__divmod__ (b);
        }
        if (b !== null && typeof b == 'object' && typeof b.__rdivmod__ == 'function') {
            return b.__rdivmod__ (a);
        }
        throw __pytk_s_type_error__ ("unsupported operand type(s) for divmod(): '" + __pytk_s_typename__ (a) +
            "' and '" + __pytk_s_typename__ (b) + "'");
    }
    if (b === 0) {
        throw ZeroDivisionError (Number.isInteger (a) ? 'integer division or modulo by zero' : 'float divmod()',
            new Error ());
    }
    let mod = a % b;
    let div = (a - mod) / b;
    if (mod) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1;
        }
    }
    else {
        mod = b < 0 ? -0 : 0;
    }
    let floordiv;
    if (div) {
        floordiv = Math.floor (div);
        if (div - floordiv > 0.5) {
            floordiv += 1;
        }
    }
    else {
        floordiv = a / b < 0 || Object.is (a / b, -0) ? -0 : 0;
    }
    if (Number.isInteger (a) && Number.isInteger (b)) {
        return tuple ([floordiv || 0, mod || 0]);       // ints have no negative zero
    }
    return tuple ([__pytk_float__ (floordiv), __pytk_float__ (mod)]);
}

// ---- printf-style formatting: text % values ----

function __pytk_s_percent_number__ (value) {
    if (typeof value == 'number') {
        return value;
    }
    if (typeof value == 'boolean') {
        return +value;
    }
    if (__pytk_s_is_float_object__ (value)) {
        return value.value;
    }
    if (value !== null && typeof value == 'object') {
        for (const method of ['__index__', '__int__', '__float__']) {
            if (typeof value [method] == 'function') {
                return value [method] ();
            }
        }
    }
    return undefined;
}

// One conversion: the text for a value of %<type>, and whether it is a number (for signs and zeros).
function __pytk_s_percent_convert__ (value, type, flags, precision) {
    switch (type) {
        case 's':
        case 'r':
        case 'a': {
            let text = type == 's' ? str (value) : type == 'r' ? repr (value) : ascii (value);
            if (precision >= 0 && __pytk_s_len__ (text) > precision) {
                text = Array.from (text).slice (0, precision).join ('');
            }
            return text;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            let number = __pytk_s_percent_number__ (value);
            const needsInt = type == 'o' || type == 'x' || type == 'X';
            if (number === undefined || (needsInt && !Number.isInteger (number) && typeof number != 'bigint')) {
                throw __pytk_s_type_error__ ('%' + type + ' format: ' + (needsInt ? 'an integer' : 'a real number') +
                    ' is required, not ' + __pytk_s_typename__ (value));
            }
            if (typeof number == 'number' && !Number.isInteger (number)) {
                number = int (number);
            }
            const radix = type == 'o' ? 8 : needsInt ? 16 : 10;
            let digits = __pytk_s_int_digits__ (number, radix);
            if (precision > digits.length) {
                digits = '0'.repeat (precision - digits.length) + digits;
            }
            const prefix = flags.alternate && needsInt ? '0' + type.toLowerCase () : '';
            const text = (number < 0 ? '-' : '') + prefix + digits;
            return type == 'X' ? text.toUpperCase () : text;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            const number = __pytk_s_percent_number__ (value);
            if (number === undefined) {
                throw __pytk_s_type_error__ ('must be real number, not ' + __pytk_s_typename__ (value));
            }
            const x = Number (number);
            const body = __pytk_s_float_body__ (Math.abs (x), type.toLowerCase (), precision < 0 ? 6 : precision,
                flags.alternate, false);
            const text = (x < 0 || Object.is (x, -0) ? '-' : '') + body;
            return type == 'E' || type == 'F' || type == 'G' ? text.toUpperCase () : text;
        }
        case 'c': {
            if (typeof value == 'string') {
                if (__pytk_s_len__ (value) != 1) {
                    throw __pytk_s_type_error__ ('%c requires int or char');
                }
                return value;
            }
            const code = typeof value == 'boolean' ? +value : value;
            if (typeof code != 'number' || !Number.isInteger (code)) {
                throw __pytk_s_type_error__ ('%c requires int or char');
            }
            if (code < 0 || code > 0x10ffff) {
                throw OverflowError ('%c arg not in range(0x110000)', new Error ());
            }
            return String.fromCodePoint (code);
        }
    }
    return null;
}

function __pytk_s_percent__ (template, values) {
    const isTuple = Array.isArray (values) && values.__class__ === tuple;
    const mapping = !isTuple && values !== null && typeof values == 'object' &&
        ((Array.isArray (values) && values.__class__ !== set && (typeof frozenset != 'function' || values.__class__ !== frozenset)) ||
        (!Array.isArray (values) && typeof values.__getitem__ == 'function')) ? values : null;
    let args = values;
    let argCount = isTuple ? values.length : -1;
    let argIndex = isTuple ? 0 : -2;
    const nextArg = function () {
        if (argIndex < argCount) {
            argIndex++;
            return argCount < 0 ? args : args [argIndex - 1];
        }
        throw __pytk_s_type_error__ ('not enough arguments for format string');
    };
    const length = template.length;
    let result = '';
    let pos = 0;
    while (pos < length) {
        const percent = template.indexOf ('%', pos);
        if (percent < 0) {
            result += template.slice (pos);
            break;
        }
        result += template.slice (pos, percent);
        pos = percent + 1;
        if (template [pos] == '%') {
            result += '%';
            pos++;
            continue;
        }
        if (template [pos] == '(') {
            if (mapping === null) {
                throw __pytk_s_type_error__ ('format requires a mapping');
            }
            let depth = 1;
            const keyStart = ++pos;
            while (depth > 0 && pos < length) {
                const ch = template [pos++];
                depth += ch == ')' ? -1 : ch == '(' ? 1 : 0;
            }
            if (depth > 0) {
                throw __pytk_s_value_error__ ('incomplete format key');
            }
            args = __pytk_s_getitem__ (mapping, template.slice (keyStart, pos - 1));
            argCount = -1;
            argIndex = -2;
        }
        const read = function () {
            return pos < length ? template [pos++] : null;
        };
        const flags = {left: false, sign: false, blank: false, alternate: false, zero: false};
        let ch = read ();
        for (; ch !== null; ch = read ()) {
            if (ch == '-') {
                flags.left = true;
            }
            else if (ch == '+') {
                flags.sign = true;
            }
            else if (ch == ' ') {
                flags.blank = true;
            }
            else if (ch == '#') {
                flags.alternate = true;
            }
            else if (ch == '0') {
                flags.zero = true;
            }
            else {
                break;
            }
        }
        const star = function () {
            const value = nextArg ();
            if (typeof value == 'boolean') {
                return +value;
            }
            if (typeof value != 'number' || !Number.isInteger (value)) {
                throw __pytk_s_type_error__ ('* wants int');
            }
            return value;
        };
        let width = -1;
        let precision = -1;
        if (ch == '*') {
            width = star ();
            if (width < 0) {
                flags.left = true;
                width = -width;
            }
            ch = read ();
        }
        else if (ch !== null && ch >= '0' && ch <= '9') {
            width = Number (ch);
            while ((ch = read ()) !== null && ch >= '0' && ch <= '9') {
                width = width * 10 + Number (ch);
            }
        }
        if (ch == '.') {
            precision = 0;
            ch = read ();
            if (ch == '*') {
                precision = star ();
                ch = read ();
            }
            else if (ch !== null && ch >= '0' && ch <= '9') {
                precision = Number (ch);
                while ((ch = read ()) !== null && ch >= '0' && ch <= '9') {
                    precision = precision * 10 + Number (ch);
                }
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            ch = read ();
        }
        if (ch === null) {
            throw __pytk_s_value_error__ ('incomplete format');
        }
        const value = nextArg ();
        let text = __pytk_s_percent_convert__ (value, ch, flags, precision);
        if (text === null) {
            const code = ch.codePointAt (0);
            throw __pytk_s_value_error__ ("unsupported format character '" + (code >= 31 && code <= 126 ? ch : '?') +
                "' (0x" + code.toString (16) + ') at index ' + (pos - 1));
        }
        // Signs, prefixes and padding as CPython's unicode_format_arg_output.
        const numeric = 'diuoxXeEfFgG'.indexOf (ch) >= 0;
        let sign = '';
        if (numeric) {
            if (text [0] == '-' || text [0] == '+') {
                sign = text [0];
                text = text.slice (1);
            }
            else if (flags.sign) {
                sign = '+';
            }
            else if (flags.blank) {
                sign = ' ';
            }
        }
        let prefix = '';
        if (flags.alternate && (ch == 'x' || ch == 'X' || ch == 'o')) {
            prefix = text.slice (0, 2);
            text = text.slice (2);
        }
        const padding = width - sign.length - prefix.length - __pytk_s_len__ (text);
        if (padding <= 0) {
            result += sign + prefix + text;
        }
        else if (flags.left) {
            result += sign + prefix + text + ' '.repeat (padding);
        }
        else if (numeric && flags.zero) {
            result += sign + prefix + '0'.repeat (padding) + text;
        }
        else {
            result += ' '.repeat (padding) + sign + prefix + text;
        }
    }
    if (argIndex < argCount && mapping === null) {
        throw __pytk_s_type_error__ ('not all arguments converted during string formatting');
    }
    return result;
}
