"""Pseudo-random numbers: a browser version of the stdlib module ``random``.

The generator is CPython's Mersenne Twister (MT19937), seeded as CPython seeds it, so a seeded
program gets the same sequence as under CPython: ``random()``, ``getrandbits``, ``randrange``,
``randint``, ``choice``, ``shuffle``, ``sample``, ``choices`` and ``uniform`` give CPython's
values for int seeds, float seeds and ``random.seed(None)`` / no seed (seeded from
``crypto.getRandomValues``, or ``Math.random`` where there is no ``crypto``). The continuous
distributions (``gauss``, ``expovariate`` ...) follow CPython's algorithms but use
JavaScript's ``Math.log``/``Math.cos``, which may differ in the last digit. ``SystemRandom``
draws from ``crypto.getRandomValues``. Seeds that are strings or bytes are not supported
(``TypeError``), and neither is ``randbytes``.
"""

from math import ceil as _ceil, cos as _cos, e as _e, exp as _exp, floor as _floor, isfinite as _isfinite
from math import log as _log, pi as _pi, sin as _sin, sqrt as _sqrt, acos as _acos
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss",
           "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randint", "random",
           "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
           "weibullvariate"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

__pragma__('js', '{}', '''
const _PYTK_MT_N = 624;
const _PYTK_MT_M = 397;

function _pytk_mt_new () {
    return {words: new Uint32Array (_PYTK_MT_N), index: _PYTK_MT_N + 1};
}

function _pytk_mt_init_genrand (mt, seed) {
    const words = mt.words;
    words [0] = seed >>> 0;
    for (let i = 1; i < _PYTK_MT_N; i++) {
        const previous = words [i - 1] ^ (words [i - 1] >>> 30);
        words [i] = (Math.imul (1812433253, previous) + i) >>> 0;
    }
    mt.index = _PYTK_MT_N;
}

// CPython's seeding: the key is the seed's 32-bit words, least significant first.
function _pytk_mt_init_by_array (mt, key) {
    const words = mt.words;
    _pytk_mt_init_genrand (mt, 19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max (_PYTK_MT_N, key.length); k > 0; k--) {
        const previous = words [i - 1] ^ (words [i - 1] >>> 30);
        words [i] = ((words [i] ^ Math.imul (previous, 1664525)) + key [j] + j) >>> 0;
        i++;
        j++;
        if (i >= _PYTK_MT_N) {
            words [0] = words [_PYTK_MT_N - 1];
            i = 1;
        }
        if (j >= key.length) {
            j = 0;
        }
    }
    for (let k = _PYTK_MT_N - 1; k > 0; k--) {
        const previous = words [i - 1] ^ (words [i - 1] >>> 30);
        words [i] = ((words [i] ^ Math.imul (previous, 1566083941)) - i) >>> 0;
        i++;
        if (i >= _PYTK_MT_N) {
            words [0] = words [_PYTK_MT_N - 1];
            i = 1;
        }
    }
    words [0] = 0x80000000;
    mt.index = _PYTK_MT_N;
}

function _pytk_mt_twist (mt) {
    const words = mt.words;
    for (let kk = 0; kk < _PYTK_MT_N; kk++) {
        const y = (words [kk] & 0x80000000) | (words [(kk + 1) % _PYTK_MT_N] & 0x7fffffff);
        words [kk] = words [(kk + _PYTK_MT_M) % _PYTK_MT_N] ^ (y >>> 1) ^ ((y & 1) ? 0x9908b0df : 0);
    }
    mt.index = 0;
}

function _pytk_mt_uint32 (mt) {
    if (mt.index >= _PYTK_MT_N) {
        _pytk_mt_twist (mt);
    }
    let y = mt.words [mt.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
}

function _pytk_mt_random (mt) {
    const a = _pytk_mt_uint32 (mt) >>> 5;
    const b = _pytk_mt_uint32 (mt) >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
}

// k random bits from a source of 32-bit words (the first word gives the lowest bits).
function _pytk_mt_bits (next32, k) {
    if (k <= 32) {
        return k === 0 ? 0 : next32 () >>> (32 - k);
    }
    let result = 0n;
    let shift = 0n;
    while (k > 0) {
        let word = next32 ();
        if (k < 32) {
            word = word >>> (32 - k);
        }
        result |= BigInt (word) << shift;
        shift += 32n;
        k -= 32;
    }
    return Number (result);
}

function _pytk_mt_getrandbits (mt, k) {
    return _pytk_mt_bits (() => _pytk_mt_uint32 (mt), k);
}

function _pytk_crypto_words (count) {
    const words = new Uint32Array (count);
    const source = globalThis.crypto;
    if (source && typeof source.getRandomValues == 'function') {
        source.getRandomValues (words);
    }
    else {
        for (let i = 0; i < count; i++) {
            words [i] = Math.floor (Math.random () * 4294967296);
        }
    }
    return words;
}

function _pytk_crypto_uint32 () {
    return _pytk_crypto_words (1) [0];
}

function _pytk_crypto_random () {
    const words = _pytk_crypto_words (2);
    return ((words [0] >>> 5) * 67108864 + (words [1] >>> 6)) * (1 / 9007199254740992);
}

function _pytk_crypto_getrandbits (k) {
    return _pytk_mt_bits (_pytk_crypto_uint32, k);
}

// The 32-bit words of abs (n), least significant first ([0] for 0).
function _pytk_int_words (n) {
    let big = BigInt (n);
    if (big < 0n) {
        big = -big;
    }
    const key = [];
    while (big > 0n) {
        key.push (Number (big & 0xffffffffn));
        big >>= 32n;
    }
    return key.length ? key : [0];
}

// hash (x) of a float as CPython computes it (x modulo 2 ** 61 - 1), as an unsigned 64-bit BigInt.
function _pytk_float_hash (x) {
    x = +x;
    if (Number.isNaN (x)) {
        return 0;
    }
    if (!Number.isFinite (x)) {
        return x > 0 ? 314159 : -314159;
    }
    const modulus = (1n << 61n) - 1n;
    const view = new DataView (new ArrayBuffer (8));
    view.setFloat64 (0, Math.abs (x));
    const high = view.getUint32 (0);
    const biased = (high >>> 20) & 0x7ff;
    let mantissa = (BigInt (high & 0xfffff) << 32n) | BigInt (view.getUint32 (4));
    let exponent;
    if (biased === 0) {
        exponent = -1074;
    }
    else {
        mantissa |= 1n << 52n;
        exponent = biased - 1075;
    }
    // mantissa * 2 ** exponent, with 2 ** 61 == 1 modulo the modulus.
    let shift = ((exponent % 61) + 61) % 61;
    let result = ((mantissa % modulus) << BigInt (shift)) % modulus;
    if (x < 0) {
        result = -result;
    }
    if (result === -1n) {
        result = -2n;
    }
    // CPython seeds with the hash as an unsigned 64-bit number.
    return result < 0n ? result + (1n << 64n) : result;
}

function _pytk_is_number (x) {
    return typeof x == 'number' || typeof x == 'boolean' || _pytk_is_float_box (x);
}

// A float with an integral value is a box around a number (see the compiler's runtime).
function _pytk_is_float_box (x) {
    return x !== null && typeof x == 'object' && typeof x.__float__ == 'function' && typeof x.valueOf () == 'number';
}

function _pytk_is_integer (x) {
    return typeof x == 'boolean' || (typeof x == 'number' && Number.isInteger (x));
}

function _pytk_bit_length (n) {
    n = Math.abs (n);
    return n === 0 ? 0 : (n >= 4294967296 ? BigInt (n).toString (2).length : 32 - Math.clz32 (n));
}
''')


class Random:
    """A Mersenne Twister generator with its own state; the module's functions share one."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = _pytk_mt_new()
        self.gauss_next = None
        self.seed(x)

    def seed(self, a=None, version=2):
        """Seed from an int (all its bits), a float (its hash), or None (fresh randomness)."""
        if a is None:
            _pytk_mt_init_by_array(self._mt, _pytk_crypto_words(624))
        elif _pytk_is_integer(a):
            _pytk_mt_init_by_array(self._mt, _pytk_int_words(a))
        elif _pytk_is_number(a):
            _pytk_mt_init_by_array(self._mt, _pytk_int_words(_pytk_float_hash(a)))
        elif isinstance(a, str):
            raise TypeError("random.seed() of a str is not supported in the browser; use an int")
        else:
            raise TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        words = [self._mt.words[i] for i in range(624)]
        words.append(self._mt.index)
        return (self.VERSION, tuple(words), self.gauss_next)

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        version = state[0]
        if version != 3 and version != 2:
            raise ValueError("state with version " + str(version) + " passed to Random.setstate() of version "
                             + str(self.VERSION))
        internal = state[1]
        if len(internal) != 625:
            raise ValueError("state vector is the wrong size")
        for i in range(624):
            self._mt.words[i] = internal[i] % 4294967296
        self._mt.index = internal[624]
        self.gauss_next = state[2]

    def random(self):
        """The next float in [0.0, 1.0)."""
        return _pytk_mt_random(self._mt)

    def getrandbits(self, k):
        """An int with k random bits."""
        if not _pytk_is_integer(k):
            raise TypeError("'" + type(k).__name__ + "' object cannot be interpreted as an integer")
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        return _pytk_mt_getrandbits(self._mt, k)

    def _randbelow(self, n):
        """A random int in range(n), n > 0: random bits until one is below n."""
        k = _pytk_bit_length(n)
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step)."""
        istart = _check_integer(start, "non-integer arg 1 for randrange()")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _check_integer(stop, "non-integer stop for randrange()")
        width = istop - istart
        istep = _check_integer(step, "non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (" + str(istart) + ", " + str(istop) + ", " + str(width)
                             + ")")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            item = x[i]
            x[i] = x[j]
            x[j] = item

    def sample(self, population, k, *, counts=None):
        """k distinct items of population (a sequence), in selection order."""
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not _pytk_is_integer(total):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items of population chosen with replacement, optionally weighted."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[_floor(self.random() * n)] for i in range(k)]
            cum_weights = list(_accumulate(weights))
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect(cum_weights, self.random() * total, 0, hi)] for i in range(k)]

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high, peaking at mode."""
        u = self.random()
        if high == low:
            return low
        c = 0.5 if mode is None else (mode - low) / (high - low)
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            swap = low
            low = high
            high = swap
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's method)."""
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, keeping the second value for the next call)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution (a circular normal) around mu with concentration kappa."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = self.random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = self.random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (alpha > 0, beta > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        while True:
            u = self.random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution (alpha > 0, beta > 0), between 0 and 1."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the browser's cryptographic source (``crypto.getRandomValues``)."""

    def seed(self, a=None, version=2):
        return None

    def random(self):
        return _pytk_crypto_random()

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        return _pytk_crypto_getrandbits(k)

    def getstate(self):
        raise NotImplementedError("System entropy source does not have state.")

    def setstate(self, state):
        raise NotImplementedError("System entropy source does not have state.")


def _check_integer(value, message):
    if _pytk_is_integer(value):
        return value
    if _pytk_is_number(value):
        raise ValueError(message)
    raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")


_inst = Random()


def seed(a=None, version=2):
    _inst.seed(a, version)


def random():
    return _pytk_mt_random(_inst._mt)


def getrandbits(k):
    return _inst.getrandbits(k)


def getstate():
    return _inst.getstate()


def setstate(state):
    _inst.setstate(state)


def randrange(start, stop=None, step=1):
    return _inst.randrange(start, stop, step)


def randint(a, b):
    return _inst.randint(a, b)


def choice(seq):
    return _inst.choice(seq)


def shuffle(x):
    _inst.shuffle(x)


def sample(population, k, *, counts=None):
    return _inst.sample(population, k, counts=counts)


def choices(population, weights=None, *, cum_weights=None, k=1):
    return _inst.choices(population, weights, cum_weights=cum_weights, k=k)


def uniform(a, b):
    return _inst.uniform(a, b)


def triangular(low=0.0, high=1.0, mode=None):
    return _inst.triangular(low, high, mode)


def normalvariate(mu=0.0, sigma=1.0):
    return _inst.normalvariate(mu, sigma)


def lognormvariate(mu, sigma):
    return _inst.lognormvariate(mu, sigma)


def gauss(mu=0.0, sigma=1.0):
    return _inst.gauss(mu, sigma)


def expovariate(lambd):
    return _inst.expovariate(lambd)


def vonmisesvariate(mu, kappa):
    return _inst.vonmisesvariate(mu, kappa)


def gammavariate(alpha, beta):
    return _inst.gammavariate(alpha, beta)


def betavariate(alpha, beta):
    return _inst.betavariate(alpha, beta)


def paretovariate(alpha):
    return _inst.paretovariate(alpha)


def weibullvariate(alpha, beta):
    return _inst.weibullvariate(alpha, beta)
