"""Statistics of numeric data: a browser version of the stdlib module ``statistics``.

As in CPython, ``mean``, ``variance``, ``pvariance``, ``stdev`` and ``pstdev`` add up the data
exactly (each float is an exact binary fraction; the sums are kept as big-integer fractions)
and round only the final result, so they give the same digits as CPython. The data are ints
and floats (not Fraction or Decimal).
"""

from _pytk_stdlib import merge_sort
import math

__all__ = ["StatisticsError", "correlation", "covariance", "fmean", "geometric_mean", "harmonic_mean",
           "linear_regression", "mean", "median", "median_grouped", "median_high", "median_low", "mode",
           "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


__pragma__('js', '{}', '''
// Exact arithmetic on fractions of big integers [numerator, denominator] (denominator > 0).

function _pytk_stat_gcd (a, b) {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b !== 0n) {
        const t = a % b;
        a = b;
        b = t;
    }
    return a;
}

function _pytk_stat_reduce (n, d) {
    if (d < 0n) {
        n = -n;
        d = -d;
    }
    const g = _pytk_stat_gcd (n, d);
    return g > 1n ? [n / g, d / g] : [n, d];
}

// The exact value of a finite double as a fraction.
function _pytk_stat_exact (x) {
    if (typeof x == 'boolean') {
        x = x ? 1 : 0;
    }
    if (typeof x != 'number') {
        if (x !== null && typeof x == 'object' && typeof x.valueOf == 'function' && typeof x.valueOf () == 'number') {
            x = x.valueOf ();
        }
        else {
            throw py_TypeError ("can't convert type '" + (x === null ? 'NoneType' : (x.__class__ ? x.__class__.__name__ : typeof x)) + "' to numerator/denominator", new Error ());
        }
    }
    if (!isFinite (x)) {
        return null;
    }
    if (Number.isInteger (x)) {
        return [BigInt (x), 1n];
    }
    const view = new DataView (new ArrayBuffer (8));
    view.setFloat64 (0, x);
    const high = view.getUint32 (0);
    const low = view.getUint32 (4);
    const sign = high >>> 31 ? -1n : 1n;
    const exponent = (high >>> 20) & 0x7ff;
    let mantissa = (BigInt (high & 0xfffff) << 32n) | BigInt (low);
    let power;
    if (exponent === 0) {
        power = -1074;
    }
    else {
        mantissa = mantissa | (1n << 52n);
        power = exponent - 1075;
    }
    if (power >= 0) {
        return [sign * (mantissa << BigInt (power)), 1n];
    }
    return _pytk_stat_reduce (sign * mantissa, 1n << BigInt (-power));
}

function _pytk_stat_add (a, b) {
    return _pytk_stat_reduce (a [0] * b [1] + b [0] * a [1], a [1] * b [1]);
}

function _pytk_stat_bits (n) {
    return n === 0n ? 0 : n.toString (2).length;
}

// Round a positive integer q (with sticky: whether anything nonzero was cut below it) times
// 2 ** shift to the nearest double, ties to even.
function _pytk_stat_round (q, sticky, shift) {
    const extra = _pytk_stat_bits (q) - 53;
    if (extra > 0) {
        const cut = q & ((1n << BigInt (extra)) - 1n);
        q = q >> BigInt (extra);
        const half = 1n << BigInt (extra - 1);
        if (cut > half || (cut === half && (sticky || (q & 1n) === 1n))) {
            q += 1n;
        }
        shift += extra;
    }
    let value = Number (q);
    while (shift > 0) {
        const step = Math.min (shift, 1000);
        value *= Math.pow (2, step);
        shift -= step;
    }
    while (shift < 0) {
        const step = Math.max (shift, -1000);
        value *= Math.pow (2, step);
        shift -= step;
    }
    return value;
}

// The double nearest to the fraction n / d.
function _pytk_stat_to_float (f) {
    let n = f [0];
    let d = f [1];
    if (n === 0n) {
        return 0;
    }
    const negative = n < 0n;
    if (negative) {
        n = -n;
    }
    const shift = 55 - (_pytk_stat_bits (n) - _pytk_stat_bits (d));
    if (shift > 0) {
        n = n << BigInt (shift);
    }
    else {
        d = d << BigInt (-shift);
    }
    const q = n / d;
    const value = _pytk_stat_round (q, n % d !== 0n, -shift);
    return negative ? -value : value;
}

function _pytk_stat_isqrt (n) {
    if (n < 2n) {
        return n;
    }
    let x = 1n << BigInt (Math.ceil (_pytk_stat_bits (n) / 2));
    while (true) {
        const y = (x + n / x) >> 1n;
        if (y >= x) {
            return x;
        }
        x = y;
    }
}

// The double nearest to the square root of the fraction n / d (n >= 0).
function _pytk_stat_sqrt_to_float (f) {
    const n = f [0];
    const d = f [1];
    if (n === 0n) {
        return 0;
    }
    // sqrt (n / d) = sqrt (n * 2 ** (2k) / d) / 2 ** k, with enough bits in the root.
    let k = Math.ceil ((110 - (_pytk_stat_bits (n) - _pytk_stat_bits (d))) / 2);
    if (k < 0) {
        k = 0;
    }
    const scaled = (n << BigInt (2 * k));
    const x = scaled / d;
    const exactQuotient = scaled % d === 0n;
    const root = _pytk_stat_isqrt (x);
    const sticky = !exactQuotient || root * root !== x;
    return _pytk_stat_round (root, sticky, -k);
}

// Sum of the data, as an exact fraction (null if a value is infinite or nan).
function _pytk_stat_sum (values) {
    let total = [0n, 1n];
    for (const x of values) {
        const exact = _pytk_stat_exact (x);
        if (exact === null) {
            return null;
        }
        total = _pytk_stat_add (total, exact);
    }
    return total;
}

function _pytk_stat_fsum (values) {
    const total = _pytk_stat_sum (values);
    if (total === null) {
        let plain = 0;
        for (const x of values) {
            plain += Number (x);
        }
        return plain;
    }
    return _pytk_stat_to_float (total);
}

// sum (weights) / sum (weight / x), exactly (all x > 0).
function _pytk_stat_harmonic (values, weights) {
    let weightTotal = [0n, 1n];
    let total = [0n, 1n];
    for (let index = 0; index < values.length; index++) {
        const x = _pytk_stat_exact (values [index]);
        const w = _pytk_stat_exact (weights [index]);
        if (x === null || w === null) {
            return NaN;
        }
        weightTotal = _pytk_stat_add (weightTotal, w);
        total = _pytk_stat_add (total, _pytk_stat_reduce (w [0] * x [1], w [1] * x [0]));
    }
    if (total [0] <= 0n) {
        throw StatisticsError ('Weighted sum must be positive', new Error ());
    }
    return _pytk_stat_to_float (_pytk_stat_reduce (weightTotal [0] * total [1], weightTotal [1] * total [0]));
}

function _pytk_stat_mean (values) {
    const total = _pytk_stat_sum (values);
    if (total === null) {
        let plain = 0;
        for (const x of values) {
            plain += Number (x);
        }
        return plain / values.length;
    }
    return _pytk_stat_to_float (_pytk_stat_reduce (total [0], total [1] * BigInt (values.length)));
}

// The sum of squared deviations from the mean (or from center), as an exact fraction.
function _pytk_stat_ss (values, center) {
    let c;
    if (center === null || center === undefined) {
        const total = _pytk_stat_sum (values);
        if (total === null) {
            return null;
        }
        c = _pytk_stat_reduce (total [0], total [1] * BigInt (values.length));
    }
    else {
        c = _pytk_stat_exact (center);
        if (c === null) {
            return null;
        }
    }
    let ss = [0n, 1n];
    for (const x of values) {
        const exact = _pytk_stat_exact (x);
        if (exact === null) {
            return null;
        }
        const deviation = _pytk_stat_add (exact, [-c [0], c [1]]);
        ss = _pytk_stat_add (ss, [deviation [0] * deviation [0], deviation [1] * deviation [1]]);
    }
    return ss;
}

function _pytk_stat_variance (values, center, divisor, root) {
    const ss = _pytk_stat_ss (values, center);
    if (ss === null) {
        return NaN;
    }
    const quotient = _pytk_stat_reduce (ss [0], ss [1] * BigInt (divisor));
    return root ? __pytk_float__ (_pytk_stat_sqrt_to_float (quotient)) : _pytk_stat_to_float (quotient);
}
''')


def _data(data):
    return list(data)


def _fsum(values):
    """The correctly rounded float sum of values (as ``math.fsum``)."""
    return _pytk_stat_fsum(list(values))


def mean(data):
    """The arithmetic mean of data."""
    values = _data(data)
    if len(values) < 1:
        raise StatisticsError("mean requires at least one data point")
    return _pytk_stat_mean(values)


def fmean(data, weights=None):
    """The arithmetic mean of data, as a float (weighted if weights are given)."""
    values = _data(data)
    if weights is None:
        if len(values) == 0:
            raise StatisticsError("fmean requires at least one data point")
        return _fsum(values) / len(values)
    weights = list(weights)
    if len(weights) != len(values):
        raise StatisticsError("data and weights must be the same length")
    total = _fsum(weights)
    if total == 0:
        raise StatisticsError("sum of weights must be non-zero")
    return _fsum([values[i] * weights[i] for i in range(len(values))]) / total


def geometric_mean(data):
    """The geometric mean of data (positive numbers), as a float."""
    values = _data(data)
    if len(values) == 0:
        raise StatisticsError("geometric_mean requires a non-empty dataset containing positive numbers")
    logs = []
    for x in values:
        if x <= 0:
            raise StatisticsError("geometric_mean requires a non-empty dataset containing positive numbers")
        logs.append(math.log(x))
    return math.exp(fmean(logs))


def harmonic_mean(data, weights=None):
    """The harmonic mean of data (non-negative numbers)."""
    values = _data(data)
    if len(values) == 0:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if weights is None:
        weights = [1] * len(values)
    else:
        weights = list(weights)
    if len(weights) != len(values):
        raise StatisticsError("Number of weights does not match data size")
    for index in range(len(values)):
        x = values[index]
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
        if weights[index] < 0:
            raise StatisticsError("Weights must be non-negative")
        if x == 0:
            return 0
    return _pytk_stat_harmonic(values, weights)


def _sorted_data(data):
    values = _data(data)
    return merge_sort(values)


def median(data):
    """The middle value of data (the mean of the two middle values if there are an even number)."""
    values = _sorted_data(data)
    n = len(values)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


def median_low(data):
    """The lower of the two middle values of data (the middle one for an odd number)."""
    values = _sorted_data(data)
    n = len(values)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return values[n // 2] if n % 2 == 1 else values[n // 2 - 1]


def median_high(data):
    """The higher of the two middle values of data (the middle one for an odd number)."""
    values = _sorted_data(data)
    n = len(values)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return values[n // 2]


def median_grouped(data, interval=1):
    """The 50th percentile of grouped continuous data."""
    values = _sorted_data(data)
    n = len(values)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return values[0]
    x = values[n // 2]
    lower = x - interval / 2
    first = 0
    while first < n and values[first] < x:
        first += 1
    last = first
    while last < n and values[last] == x:
        last += 1
    frequency = last - first
    return lower + interval * (n / 2 - first) / frequency


def _counts(values):
    counts = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    """The most common value of data (the first one met, if several are as common)."""
    values = _data(data)
    if len(values) == 0:
        raise StatisticsError("no mode for empty data")
    counts = _counts(values)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best = value
            best_count = count
    return best


def multimode(data):
    """Every most common value of data, in the order they first appear."""
    counts = _counts(_data(data))
    if len(counts) == 0:
        return []
    highest = 0
    for count in counts.values():
        if count > highest:
            highest = count
    return [value for value, count in counts.items() if count == highest]


def variance(data, xbar=None):
    """The sample variance of data (at least two values)."""
    values = _data(data)
    if len(values) < 2:
        raise StatisticsError("variance requires at least two data points")
    return _pytk_stat_variance(values, xbar, len(values) - 1, False)


def pvariance(data, mu=None):
    """The population variance of data (at least one value)."""
    values = _data(data)
    if len(values) < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _pytk_stat_variance(values, mu, len(values), False)


def stdev(data, xbar=None):
    """The sample standard deviation of data (at least two values)."""
    values = _data(data)
    if len(values) < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _pytk_stat_variance(values, xbar, len(values) - 1, True)


def pstdev(data, mu=None):
    """The population standard deviation of data (at least one value)."""
    values = _data(data)
    if len(values) < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _pytk_stat_variance(values, mu, len(values), True)


def quantiles(data, *, n=4, method="exclusive"):
    """n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    values = _sorted_data(data)
    ld = len(values)
    if ld < 2:
        if ld == 1:
            return [values[0]] * (n - 1)
        raise StatisticsError("must have at least one data point")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j = i * m // n
            delta = i * m - j * n
            result.append((values[j] * (n - delta) + values[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else (ld - 1 if j > ld - 1 else j)
            delta = i * m - j * n
            result.append((values[j - 1] * (n - delta) + values[j] * delta) / n)
        return result
    raise ValueError("Unknown method: " + repr(method))


def covariance(x, y):
    """The sample covariance of two inputs of the same length (at least two values)."""
    x = _data(x)
    y = _data(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = fmean(x)
    ybar = fmean(y)
    return _fsum([(x[i] - xbar) * (y[i] - ybar) for i in range(n)]) / (n - 1)


def correlation(x, y):
    """Pearson's correlation coefficient of two inputs of the same length."""
    x = _data(x)
    y = _data(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = _fsum([(x[i] - xbar) * (y[i] - ybar) for i in range(n)])
    sxx = _fsum([(v - xbar) ** 2 for v in x])
    syy = _fsum([(v - ybar) ** 2 for v in y])
    if sxx == 0 or syy == 0:
        raise StatisticsError("at least one of the inputs is constant")
    return sxy / math.sqrt(sxx * syy)


class LinearRegression:
    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __iter__(self):
        return iter([self.slope, self.intercept])

    def __repr__(self):
        return "LinearRegression(slope=" + repr(self.slope) + ", intercept=" + repr(self.intercept) + ")"


def linear_regression(x, y, *, proportional=False):
    """Slope and intercept of simple linear regression (least squares)."""
    x = _data(x)
    y = _data(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = _fsum([x[i] * y[i] for i in range(n)])
        sxx = _fsum([v * v for v in x])
        if sxx == 0:
            raise StatisticsError("x is constant")
        return LinearRegression(sxy / sxx, 0.0)
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = _fsum([(x[i] - xbar) * (y[i] - ybar) for i in range(n)])
    sxx = _fsum([(v - xbar) ** 2 for v in x])
    if sxx == 0:
        raise StatisticsError("x is constant")
    slope = sxy / sxx
    return LinearRegression(slope, ybar - slope * xbar)
