// Python's float beside Python's int, on JavaScript's one number type.
//
// An int is a JavaScript number with an integral value. A float with a fractional part (or
// NaN, an infinity) is a JavaScript number too: nothing else can be mistaken for it. A float
// whose value is integral (2.0, -0.0, 1e20) is a PyFloat (builtins.js), a small immutable box
// whose valueOf is the number, so JavaScript code and Math functions still read it as one.
// Float literals, float(), true division and arithmetic with a float operand make floats;
// the operators below and the PyFloat methods give them Python's results and errors.

// overrides: __pow__ __neg__

function __pytk_num__ (value) {
    // The numeric value of an int, bool or float, or undefined for anything else.
    if (typeof value == 'number') {
        return value;
    }
    if (value instanceof PyFloat) {
        return value.value;
    }
    if (typeof value == 'boolean') {
        return +value;
    }
    return undefined;
}

function __pytk_is_float__ (value) {
    return value instanceof PyFloat || (typeof value == 'number' && !Number.isInteger (value));
}

// The result of an operation on two plain numbers: a float when either operand was one.
function __pytk_numeric_result__ (result, a, b) {
    return Number.isInteger (result) && !(Number.isInteger (a) && Number.isInteger (b)) ? __pytk_float__ (result) : result;
}

const __pytk_float_symbols__ = {add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '/' + '/', mod: '%', pow: '** or pow()'};

function __pytk_float_compute__ (name, x, y) {
    switch (name) {
        case 'add': return x + y;
        case 'sub': return x - y;
        case 'mul': return x * y;
        case 'truediv':
            if (y === 0) {
                throw ZeroDivisionError ('float division by zero', new Error ());
            }
            return x / y;
        case 'floordiv':
            if (y === 0) {
                throw ZeroDivisionError ('float floor division by zero', new Error ());
            }
            return Math.floor (x / y);
        case 'mod': {
            if (y === 0) {
                throw ZeroDivisionError ('float modulo by zero', new Error ());
            }
            const result = x % y;
            return result !== 0 && (result < 0) !== (y < 0) ? result + y : (result === 0 ? (y < 0 ? -0 : 0) : result);
        }
        case 'pow':
            if (x === 0 && y < 0) {
                throw ZeroDivisionError ('zero to a negative power', new Error ());
            }
            return __pytk_power__ (x, y);
    }
}

// x ** y; a negative whole exponent as 1 / x ** -y, which is exact where x ** -y is (10.0 ** -17).
function __pytk_power__ (x, y) {
    return y < 0 && Number.isInteger (y) && isFinite (x) && x !== 0 ? 1 / Math.pow (x, -y) : Math.pow (x, y);
}

// a <name> b where a or b is a PyFloat and the other a number: the float. Undefined otherwise
// (the operator goes on to the operands' own methods and to Python's TypeError).
function __pytk_float_binary__ (name, a, b) {
    if (!(a instanceof PyFloat || b instanceof PyFloat)) {
        return undefined;
    }
    const x = __pytk_num__ (a), y = __pytk_num__ (b);
    return x === undefined || y === undefined ? undefined : __pytk_float__ (__pytk_float_compute__ (name, x, y));
}

function __pytk_float_method__ (name, reflected) {
    return function (other) {
        const y = __pytk_num__ (other);
        if (y === undefined) {
            const mirror = reflected ? '__' + name + '__' : '__r' + name + '__';
            if (!reflected && other !== null && other !== undefined && typeof other [mirror] == 'function') {
                return other [mirror] (this);
            }
            const left = reflected ? other : this, right = reflected ? this : other;
            if (name == 'mul' && (typeof other == 'string' || Array.isArray (other))) {
                throw py_TypeError ("can't multiply sequence by non-int of type 'float'", new Error ());
            }
            throw py_TypeError ('unsupported operand type(s) for ' + __pytk_float_symbols__ [name] + ": '" +
                __pytk_type_name__ (left) + "' and '" + __pytk_type_name__ (right) + "'", new Error ());
        }
        return __pytk_float__ (reflected ? __pytk_float_compute__ (name, y, this.value) :
                                           __pytk_float_compute__ (name, this.value, y));
    };
}

for (const name of ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow']) {
    Object.defineProperty (PyFloat.prototype, '__' + name + '__', {value: __pytk_float_method__ (name, false)});
    Object.defineProperty (PyFloat.prototype, '__r' + name + '__', {value: __pytk_float_method__ (name, true)});
    Object.defineProperty (PyFloat.prototype, '__i' + name + '__', {value: __pytk_float_method__ (name, false)});
}
Object.defineProperty (PyFloat.prototype, '__idiv__', {value: PyFloat.prototype.__truediv__});
Object.defineProperty (PyFloat.prototype, '__div__', {value: PyFloat.prototype.__truediv__});
Object.defineProperty (PyFloat.prototype, '__neg__', {value: function () { return __pytk_float__ (-this.value); }});
Object.defineProperty (PyFloat.prototype, '__pos__', {value: function () { return this; }});
Object.defineProperty (PyFloat.prototype, '__abs__', {value: function () { return __pytk_float__ (Math.abs (this.value)); }});
Object.defineProperty (PyFloat.prototype, '__bool__', {value: function () { return this.value !== 0; }});
Object.defineProperty (PyFloat.prototype, '__int__', {value: function () { return Math.trunc (this.value); }});
Object.defineProperty (PyFloat.prototype, '__float__', {value: function () { return this; }});
Object.defineProperty (PyFloat.prototype, 'toJSON', {value: function () { return this.value; }});
Object.defineProperty (PyFloat.prototype, 'is_integer', {value: function () { return isFinite (this.value); }});
Object.defineProperty (PyFloat.prototype, 'real', {get: function () { return this; }});
Object.defineProperty (PyFloat.prototype, 'imag', {get: function () { return __pytk_float__ (0); }});
Object.defineProperty (PyFloat.prototype, 'conjugate', {value: function () { return this; }});

export function __pow__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        if (a === 0 && b < 0) {
            throw ZeroDivisionError (Number.isInteger (a) && Number.isInteger (b) ?
                '0.0 cannot be raised to a negative power' : 'zero to a negative power', new Error ());
        }
        const result = __pytk_power__ (a, b);
        return Number.isInteger (b) && b >= 0 ? __pytk_numeric_result__ (result, a, b) : __pytk_float__ (result);
    }
    const floatResult = __pytk_float_binary__ ('pow', a, b);
    if (floatResult !== undefined) {
        return floatResult;
    }
    return __tx___pow__ (a, b);
}

export function __neg__ (a) {
    if (typeof a == 'number') {
        return a === 0 ? 0 : -a;
    }
    if (typeof a == 'string' || a === null || a === undefined || (typeof a == 'object' && typeof a.__neg__ != 'function' &&
            !(a instanceof PyFloat))) {
        throw py_TypeError ("bad operand type for unary -: '" + __pytk_type_name__ (a) + "'", new Error ());
    }
    return __tx___neg__ (a);
}
