"""Mathematical functions: a browser version of the stdlib module ``math``.

Every function of CPython's module except ``gamma``, ``lgamma``, ``erf`` and ``erfc``, with
CPython's errors (``ValueError('math domain error')``, ``OverflowError('math range error')``,
``TypeError`` for a non-number). ``floor``, ``ceil``, ``trunc`` and the integer functions
return ints. Integer results are exact up to 2 ** 53; ``factorial``, ``comb`` and ``perm``
compute exactly with big integers and round the result to the nearest float beyond that.
The trigonometric and logarithmic functions are JavaScript's, which may differ from
CPython's C library in the last digit for some arguments.
"""

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign",
           "cos", "cosh", "degrees", "dist", "e", "exp", "exp2", "expm1", "fabs", "factorial", "floor",
           "fmod", "frexp", "fsum", "gcd", "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt",
           "lcm", "ldexp", "log", "log10", "log1p", "log2", "modf", "nan", "nextafter", "perm", "pi", "pow",
           "prod", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "tau", "trunc", "ulp"]

pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float("inf")
nan = float("nan")

__pragma__('js', '{}', '''
function _pytk_math_type_name (x) {
    if (x === null || x === undefined) {
        return 'NoneType';
    }
    return py_typeof (x).__name__;
}

// x as a JavaScript number, or CPython's TypeError for a value that is not a real number.
function _pytk_math_real (x) {
    if (typeof x == 'number') {
        return x;
    }
    if (typeof x == 'boolean') {
        return x ? 1 : 0;
    }
    if (x !== null && x !== undefined && typeof x.__float__ == 'function') {
        return +x.__float__ ();
    }
    if (x !== null && x !== undefined && typeof x.__index__ == 'function') {
        return x.__index__ ();
    }
    throw py_TypeError ('must be real number, not ' + _pytk_math_type_name (x), new Error ());
}

// x as an integer, or CPython's TypeError for a float or another non-integer.
function _pytk_math_index (x) {
    if (typeof x == 'boolean') {
        return x ? 1 : 0;
    }
    if (typeof x == 'number') {
        if (Number.isInteger (x)) {
            return x;
        }
        throw py_TypeError ("'float' object cannot be interpreted as an integer", new Error ());
    }
    if (x !== null && x !== undefined && typeof x.__index__ == 'function') {
        return x.__index__ ();
    }
    throw py_TypeError ("'" + _pytk_math_type_name (x) + "' object cannot be interpreted as an integer", new Error ());
}

function _pytk_math_domain () {
    return ValueError ('math domain error', new Error ());
}

function _pytk_math_range () {
    return OverflowError ('math range error', new Error ());
}

// A one-argument function as CPython's math_1 wraps it: nan from a number is a domain error,
// an infinity from a finite number a range error (canOverflow) or a domain error.
function _pytk_math_1 (func, x, canOverflow) {
    x = _pytk_math_real (x);
    const result = func (x);
    if (Number.isNaN (result) && !Number.isNaN (x)) {
        throw _pytk_math_domain ();
    }
    if (!Number.isFinite (result) && !Number.isNaN (result) && Number.isFinite (x)) {
        throw canOverflow ? _pytk_math_range () : _pytk_math_domain ();
    }
    return result;
}

function _pytk_math_to_int (x, name) {
    if (x !== null && x !== undefined && typeof x != 'number' && typeof x != 'boolean' && typeof x [name] == 'function') {
        return [true, x [name] ()];
    }
    x = _pytk_math_real (x);
    if (Number.isNaN (x)) {
        throw ValueError ('cannot convert float NaN to integer', new Error ());
    }
    if (!Number.isFinite (x)) {
        throw OverflowError ('cannot convert float infinity to integer', new Error ());
    }
    return [false, x];
}

function _pytk_math_floor (x) {
    const converted = _pytk_math_to_int (x, '__floor__');
    return converted [0] ? converted [1] : Math.floor (converted [1]) + 0;
}

function _pytk_math_ceil (x) {
    const converted = _pytk_math_to_int (x, '__ceil__');
    return converted [0] ? converted [1] : Math.ceil (converted [1]) + 0;
}

function _pytk_math_trunc (x) {
    const converted = _pytk_math_to_int (x, '__trunc__');
    return converted [0] ? converted [1] : Math.trunc (converted [1]) + 0;
}

function _pytk_math_big (x) {
    return BigInt (_pytk_math_index (x));
}

function _pytk_math_factorial (n) {
    n = _pytk_math_index (n);
    if (n < 0) {
        throw ValueError ('factorial() not defined for negative values', new Error ());
    }
    let result = 1n;
    for (let i = 2n; i <= BigInt (n); i++) {
        result *= i;
    }
    return Number (result);
}

function _pytk_math_falling (n, k) {
    let result = 1n;
    for (let i = 0n; i < k; i++) {
        result *= n - i;
    }
    return result;
}

function _pytk_math_comb (n, k) {
    n = _pytk_math_big (n);
    k = _pytk_math_big (k);
    if (n < 0n) {
        throw ValueError ('n must be a non-negative integer', new Error ());
    }
    if (k < 0n) {
        throw ValueError ('k must be a non-negative integer', new Error ());
    }
    if (k > n) {
        return 0;
    }
    if (n - k < k) {
        k = n - k;
    }
    let result = 1n;
    for (let i = 1n; i <= k; i++) {
        result = result * (n - k + i) / i;
    }
    return Number (result);
}

function _pytk_math_perm (n, k) {
    if (k === null || k === undefined) {
        return _pytk_math_factorial (n);
    }
    n = _pytk_math_big (n);
    k = _pytk_math_big (k);
    if (n < 0n) {
        throw ValueError ('n must be a non-negative integer', new Error ());
    }
    if (k < 0n) {
        throw ValueError ('k must be a non-negative integer', new Error ());
    }
    if (k > n) {
        return 0;
    }
    return Number (_pytk_math_falling (n, k));
}

function _pytk_math_isqrt (n) {
    n = _pytk_math_big (n);
    if (n < 0n) {
        throw ValueError ('isqrt() argument must be nonnegative', new Error ());
    }
    if (n < 2n) {
        return Number (n);
    }
    let x = BigInt (Math.floor (Math.sqrt (Number (n)))) + 1n;
    while (true) {
        const y = (x + n / x) >> 1n;
        if (y >= x) {
            break;
        }
        x = y;
    }
    while (x * x > n) {
        x -= 1n;
    }
    while ((x + 1n) * (x + 1n) <= n) {
        x += 1n;
    }
    return Number (x);
}

function _pytk_math_gcd2 (a, b) {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b !== 0n) {
        const t = a % b;
        a = b;
        b = t;
    }
    return a;
}

function _pytk_math_gcd (values) {
    let result = 0n;
    for (const value of values) {
        result = _pytk_math_gcd2 (result, _pytk_math_big (value));
    }
    return Number (result);
}

function _pytk_math_lcm (values) {
    let result = 1n;
    for (const value of values) {
        const b = _pytk_math_big (value);
        if (result === 0n || b === 0n) {
            result = 0n;
            continue;
        }
        result = result / _pytk_math_gcd2 (result, b) * b;
        result = result < 0n ? -result : result;
    }
    return Number (result);
}

function _pytk_math_bits (x) {
    const view = new DataView (new ArrayBuffer (8));
    view.setFloat64 (0, x);
    return view;
}

function _pytk_math_frexp (x) {
    x = _pytk_math_real (x);
    if (x === 0 || !Number.isFinite (x)) {
        return [x, 0];
    }
    let exponent = 0;
    let m = x;
    if (Math.abs (m) < 2.2250738585072014e-308) {
        m *= 18014398509481984;  // 2 ** 54, to make a subnormal normal
        exponent = -54;
    }
    const view = _pytk_math_bits (m);
    const high = view.getUint32 (0);
    const biased = (high >>> 20) & 0x7ff;
    exponent += biased - 1022;
    view.setUint32 (0, (high & 0x800fffff) | (1022 << 20));
    return [view.getFloat64 (0), exponent];
}

function _pytk_math_ldexp (x, i) {
    x = _pytk_math_real (x);
    i = _pytk_math_index (i);
    if (x === 0 || !Number.isFinite (x)) {
        return x;
    }
    const parts = _pytk_math_frexp (x);
    const m = parts [0];
    const power = parts [1] + i;
    let result;
    if (power > 1024) {
        throw _pytk_math_range ();
    }
    if (power >= -1021) {
        result = m * Math.pow (2, power - 1) * 2;
    }
    else if (power < -1100) {
        result = m * 0;
    }
    else {
        result = m * Math.pow (2, -1000) * Math.pow (2, power + 1000);
    }
    if (!Number.isFinite (result)) {
        throw _pytk_math_range ();
    }
    return result;
}

function _pytk_math_pow (x, y) {
    x = _pytk_math_real (x);
    y = _pytk_math_real (y);
    if (y === 0 || x === 1) {
        return 1;
    }
    if (Number.isNaN (x) || Number.isNaN (y)) {
        return NaN;
    }
    if (x === -1 && !Number.isFinite (y)) {
        return 1;
    }
    const result = Math.pow (x, y);
    if (Number.isNaN (result)) {
        throw _pytk_math_domain ();
    }
    if (!Number.isFinite (result) && Number.isFinite (x) && Number.isFinite (y)) {
        throw x === 0 ? _pytk_math_domain () : _pytk_math_range ();
    }
    return result;
}

function _pytk_math_fmod (x, y) {
    x = _pytk_math_real (x);
    y = _pytk_math_real (y);
    if (Number.isNaN (x) || Number.isNaN (y)) {
        return NaN;
    }
    if (!Number.isFinite (x) || y === 0) {
        throw _pytk_math_domain ();
    }
    return x % y;
}

function _pytk_math_remainder (x, y) {
    x = _pytk_math_real (x);
    y = _pytk_math_real (y);
    if (Number.isNaN (x) || Number.isNaN (y)) {
        return NaN;
    }
    if (!Number.isFinite (x) || y === 0) {
        throw _pytk_math_domain ();
    }
    if (!Number.isFinite (y)) {
        return x;
    }
    const absx = Math.abs (x);
    const absy = Math.abs (y);
    let m = absx % absy;
    const c = absy - m;
    let r;
    if (m < c) {
        r = m;
    }
    else if (m > c) {
        r = -c;
    }
    else {
        // Halfway: the result is m or -c, whichever makes the quotient even.
        r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    }
    return x < 0 || Object.is (x, -0) ? -r : r;
}

function _pytk_math_copysign (x, y) {
    x = _pytk_math_real (x);
    y = _pytk_math_real (y);
    const negative = y < 0 || Object.is (y, -0) || (Number.isNaN (y) && _pytk_math_bits (y).getUint32 (0) >>> 31 === 1);
    return negative ? -Math.abs (x) : Math.abs (x);
}

function _pytk_math_modf (x) {
    x = _pytk_math_real (x);
    if (Number.isNaN (x)) {
        return [x, x];
    }
    if (!Number.isFinite (x)) {
        return [x < 0 ? -0 : 0, x];
    }
    const whole = Math.trunc (x);
    const fraction = x - whole;
    return [fraction === 0 && (x < 0 || Object.is (x, -0)) ? -0 : fraction, whole];
}

function _pytk_math_log (x, base) {
    const numerator = _pytk_math_1 (Math.log, x, false);
    if (base === null || base === undefined) {
        return numerator;
    }
    const denominator = _pytk_math_1 (Math.log, base, false);
    if (denominator === 0) {
        throw ZeroDivisionError ('float division by zero', new Error ());
    }
    return numerator / denominator;
}

// The correctly rounded sum of the values (Shewchuk's exact partials, rounded half to even).
function _pytk_math_fsum (values) {
    let partials = [];
    let specialSum = 0;
    let infSum = 0;
    for (let x of values) {
        x = _pytk_math_real (x);
        const original = x;
        let kept = 0;
        for (let y of partials) {
            if (Math.abs (x) < Math.abs (y)) {
                const t = x;
                x = y;
                y = t;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0) {
                partials [kept++] = lo;
            }
            x = hi;
        }
        partials.length = kept;
        if (x !== 0) {
            if (!Number.isFinite (x)) {
                if (Number.isFinite (original)) {
                    throw OverflowError ('intermediate overflow in fsum', new Error ());
                }
                if (!Number.isNaN (original)) {
                    infSum += original;
                }
                specialSum += original;
                partials = [];
            }
            else {
                partials.push (x);
            }
        }
    }
    if (specialSum !== 0) {
        if (Number.isNaN (infSum)) {
            throw ValueError ('-inf + inf in fsum', new Error ());
        }
        return specialSum;
    }
    let hi = 0;
    let n = partials.length;
    if (n > 0) {
        let lo = 0;
        hi = partials [--n];
        while (n > 0) {
            const x = hi;
            const y = partials [--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo !== 0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0 && partials [n - 1] < 0) || (lo > 0 && partials [n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            if (y === x - hi) {
                hi = x;
            }
        }
    }
    return hi;
}

function _pytk_math_nextafter (x, y) {
    x = _pytk_math_real (x);
    y = _pytk_math_real (y);
    if (Number.isNaN (x) || Number.isNaN (y)) {
        return NaN;
    }
    if (x === y) {
        return y;
    }
    if (x === 0) {
        return y > 0 ? 5e-324 : -5e-324;
    }
    const view = _pytk_math_bits (x);
    let bits = view.getBigUint64 (0);
    bits = (y > x) === (x > 0) ? bits + 1n : bits - 1n;
    view.setBigUint64 (0, bits);
    return view.getFloat64 (0);
}

function _pytk_math_isfinite (x) {
    return Number.isFinite (_pytk_math_real (x));
}

function _pytk_math_isnan (x) {
    return Number.isNaN (_pytk_math_real (x));
}

function _pytk_math_isinf (x) {
    x = _pytk_math_real (x);
    return x === Infinity || x === -Infinity;
}

function _pytk_math_ulp (x) {
    x = Math.abs (_pytk_math_real (x));
    if (Number.isNaN (x) || !Number.isFinite (x)) {
        return x;
    }
    const next = _pytk_math_nextafter (x, Infinity);
    if (!Number.isFinite (next)) {
        return x - _pytk_math_nextafter (x, -Infinity);
    }
    return next - x;
}
''')

_DEGREES_PER_RADIAN = 180.0 / pi
_RADIANS_PER_DEGREE = pi / 180.0


def floor(x):
    """The largest integer <= x (``x.__floor__()`` for other types)."""
    return _pytk_math_floor(x)


def ceil(x):
    """The smallest integer >= x (``x.__ceil__()`` for other types)."""
    return _pytk_math_ceil(x)


def trunc(x):
    """x with its fraction dropped, as an int (``x.__trunc__()`` for other types)."""
    return _pytk_math_trunc(x)


def factorial(n):
    return _pytk_math_factorial(n)


def gcd(*integers):
    return _pytk_math_gcd(integers)


def lcm(*integers):
    return _pytk_math_lcm(integers)


def comb(n, k):
    return _pytk_math_comb(n, k)


def perm(n, k=None):
    return _pytk_math_perm(n, k)


def isqrt(n):
    return _pytk_math_isqrt(n)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Whether a and b are within rel_tol (relative) or abs_tol (absolute) of each other."""
    a = _pytk_math_real(a)
    b = _pytk_math_real(b)
    rel_tol = _pytk_math_real(rel_tol)
    abs_tol = _pytk_math_real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if _pytk_math_isinf(a) or _pytk_math_isinf(b):
        return False
    diff = abs(b - a)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol


def prod(iterable, *, start=1):
    """The product of start and the items of iterable."""
    result = start
    for item in iterable:
        result = result * item
    return result


def fsum(iterable):
    return float(_pytk_math_fsum(list(iterable)))


def copysign(x, y):
    return float(_pytk_math_copysign(x, y))


def fabs(x):
    return float(Math.abs(_pytk_math_real(x)))


def fmod(x, y):
    return float(_pytk_math_fmod(x, y))


def remainder(x, y):
    return float(_pytk_math_remainder(x, y))


def frexp(x):
    parts = _pytk_math_frexp(x)
    return (float(parts[0]), parts[1])


def ldexp(x, i):
    return float(_pytk_math_ldexp(x, i))


def modf(x):
    parts = _pytk_math_modf(x)
    return (float(parts[0]), float(parts[1]))


def nextafter(x, y):
    return float(_pytk_math_nextafter(x, y))


def ulp(x):
    return float(_pytk_math_ulp(x))


def hypot(*coordinates):
    values = [_pytk_math_real(c) for c in coordinates]
    return float(Math.hypot(*values))


def dist(p, q):
    """The Euclidean distance between points p and q (sequences of coordinates)."""
    p = list(p)
    q = list(q)
    if len(p) != len(q):
        raise ValueError("both points must have the same number of dimensions")
    return float(Math.hypot(*[_pytk_math_real(p[i]) - _pytk_math_real(q[i]) for i in range(len(p))]))


def sqrt(x):
    return float(_pytk_math_1(Math.sqrt, x, False))


def cbrt(x):
    return float(Math.cbrt(_pytk_math_real(x)))


def exp(x):
    return float(_pytk_math_1(Math.exp, x, True))


def exp2(x):
    return float(_pytk_math_1(_pytk_math_exp2, x, True))


def _pytk_math_exp2(x):
    return Math.pow(2, x)


def expm1(x):
    return float(_pytk_math_1(Math.expm1, x, True))


def log(x, base=None):
    return float(_pytk_math_log(x, base))


def log2(x):
    return float(_pytk_math_1(Math.log2, x, False))


def log10(x):
    return float(_pytk_math_1(Math.log10, x, False))


def log1p(x):
    return float(_pytk_math_1(Math.log1p, x, False))


def pow(x, y):
    return float(_pytk_math_pow(x, y))


def sin(x):
    return float(_pytk_math_1(Math.sin, x, False))


def cos(x):
    return float(_pytk_math_1(Math.cos, x, False))


def tan(x):
    return float(_pytk_math_1(Math.tan, x, False))


def asin(x):
    return float(_pytk_math_1(Math.asin, x, False))


def acos(x):
    return float(_pytk_math_1(Math.acos, x, False))


def atan(x):
    return float(_pytk_math_1(Math.atan, x, False))


def atan2(y, x):
    return float(Math.atan2(_pytk_math_real(y), _pytk_math_real(x)))


def sinh(x):
    return float(_pytk_math_1(Math.sinh, x, True))


def cosh(x):
    return float(_pytk_math_1(Math.cosh, x, True))


def tanh(x):
    return float(_pytk_math_1(Math.tanh, x, False))


def asinh(x):
    return float(_pytk_math_1(Math.asinh, x, False))


def acosh(x):
    return float(_pytk_math_1(Math.acosh, x, False))


def atanh(x):
    return float(_pytk_math_1(Math.atanh, x, False))


def degrees(x):
    return float(_pytk_math_real(x) * _DEGREES_PER_RADIAN)


def radians(x):
    return float(_pytk_math_real(x) * _RADIANS_PER_DEGREE)


def isfinite(x):
    return _pytk_math_isfinite(x)


def isinf(x):
    return _pytk_math_isinf(x)


def isnan(x):
    return _pytk_math_isnan(x)
