// Methods of Python's int and float on JavaScript numbers (and on PyFloat, an integral float):
// is_integer, as_integer_ratio, bit_length, bit_count, to_bytes and int.from_bytes.

function __pytk_n_overflow__ (message) {
    return OverflowError (message, new Error ());
}

function __pytk_n_value__ (self) {
    return self instanceof PyFloat ? self.value : Number (self);
}

function __pytk_n_int__ (self, method) {
    const value = __pytk_n_value__ (self);
    if (!Number.isInteger (value) || self instanceof PyFloat) {
        throw AttributeError ("'float' object has no attribute '" + method + "'", new Error ());
    }
    return value;
}

function __pytk_n_byteorder__ (byteorder) {
    if (byteorder === undefined || byteorder === null) {
        return 'big';
    }
    if (byteorder !== 'big' && byteorder !== 'little') {
        throw ValueError ("byteorder must be either 'little' or 'big'", new Error ());
    }
    return byteorder;
}

const __pytk_n_methods__ = {
    is_integer () {
        const value = __pytk_n_value__ (this);
        return Number.isFinite (value) && Number.isInteger (value);
    },
    as_integer_ratio () {
        let value = __pytk_n_value__ (this);
        if (Number.isNaN (value)) {
            throw ValueError ('cannot convert NaN to integer ratio', new Error ());
        }
        if (!Number.isFinite (value)) {
            throw __pytk_n_overflow__ ('cannot convert Infinity to integer ratio');
        }
        let numerator = BigInt (0), denominator = BigInt (1);
        let scale = 0;
        while (!Number.isInteger (value)) {
            value *= 2;
            scale++;
        }
        numerator = BigInt (value);
        denominator = BigInt (1) << BigInt (scale);
        while (scale > 0 && numerator % BigInt (2) === BigInt (0)) {
            numerator /= BigInt (2);
            denominator /= BigInt (2);
            scale--;
        }
        return tuple ([Number (numerator), Number (denominator)]);
    },
    bit_length () {
        const value = Math.abs (__pytk_n_int__ (this, 'bit_length'));
        return value === 0 ? 0 : BigInt (value).toString (2).length;
    },
    bit_count () {
        const digits = BigInt (Math.abs (__pytk_n_int__ (this, 'bit_count'))).toString (2);
        return digits.split ('').filter (function (digit) { return digit == '1'; }).length;
    },
    to_bytes () {
        const [length, byteorder, signed] = __pytk_b_args__ (arguments, ['length', 'byteorder', 'signed']);
        const count = length === undefined || length === null ? 1 : __pytk_seq_int__ (length);
        if (count < 0) {
            throw ValueError ('length argument must be non-negative', new Error ());
        }
        const order = __pytk_n_byteorder__ (byteorder);
        let value = BigInt (__pytk_n_int__ (this, 'to_bytes'));
        if (value < BigInt (0) && !signed) {
            throw __pytk_n_overflow__ ("can't convert negative int to unsigned");
        }
        const limit = BigInt (1) << BigInt (8 * count);
        if (signed ? (value >= limit / BigInt (2) || value < -limit / BigInt (2)) : value >= limit) {
            throw __pytk_n_overflow__ ('int too big to convert');
        }
        if (value < BigInt (0)) {
            value += limit;
        }
        const ints = new Array (count).fill (0);
        for (let index = count - 1; index >= 0; index--) {
            ints [index] = Number (value & BigInt (255));
            value >>= BigInt (8);
        }
        return new __PyBytes__ (order == 'big' ? ints : ints.reverse ());
    },
    conjugate () {
        return this;
    },
};

for (const name of Object.keys (__pytk_n_methods__)) {
    __pytk_seq_method__ (Number.prototype, name, __pytk_n_methods__ [name]);
    if (name != 'bit_length' && name != 'bit_count' && name != 'to_bytes' && !Object.hasOwn (PyFloat.prototype, name)) {
        __pytk_seq_method__ (PyFloat.prototype, name, __pytk_n_methods__ [name]);
    }
}
__pytk_seq_method__ (Boolean.prototype, 'bit_length', function () { return this.valueOf () ? 1 : 0; });

int.from_bytes = function () {
    const [data, byteorder, signed] = __pytk_b_args__ (arguments, ['bytes', 'byteorder', 'signed']);
    let ints = __pytk_b_data__ (data);
    if (ints === null) {
        if (typeof data == 'string') {
            throw py_TypeError ('cannot convert \'str\' object to bytes', new Error ());
        }
        ints = __pytk_b_source__ ('bytes', [data]);
    }
    ints = Array.from (ints);
    if (__pytk_n_byteorder__ (byteorder) == 'little') {
        ints.reverse ();
    }
    let value = BigInt (0);
    for (const byte of ints) {
        value = (value << BigInt (8)) | BigInt (byte);
    }
    if (signed && ints.length && ints [0] >= 128) {
        value -= BigInt (1) << BigInt (8 * ints.length);
    }
    return Number (value);
};
