"""JSON encoding and decoding: a browser version of the stdlib module ``json``.

``dumps`` writes exactly what CPython writes (separators, indentation, ``sort_keys``,
``ensure_ascii``, ``default``, ``allow_nan``); ``loads`` parses with CPython's rules and error
messages (``JSONDecodeError``, a ``ValueError``, with line, column and position), keeps the
order of object keys and calls ``object_hook``, ``object_pairs_hook``, ``parse_float``,
``parse_int`` and ``parse_constant``.

One difference comes from JavaScript's single number type: a float with an integral value
(``1.0``) is the same value as the int ``1``, so it is written ``1``, and ints beyond 2**53 lose
precision.
"""

from _pytk_stdlib import merge_sort


__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_HEX = "0123456789abcdef"


def _hex4(code):
    return "\\u" + _HEX[(code >> 12) & 15] + _HEX[(code >> 8) & 15] + _HEX[(code >> 4) & 15] + _HEX[code & 15]


def _quote(text, ensure_ascii):
    parts = ['"']
    start = 0
    length = len(text)
    index = 0
    while index < length:
        ch = text[index]
        code = ord(ch)
        if code < 0x20 or ch == '"' or ch == "\\" or (ensure_ascii and code > 0x7E):
            if start < index:
                parts.append(text[start:index])
            escaped = _ESCAPES.get(ch)
            if escaped is None:
                if code > 0xFFFF:  # one code point: write its surrogate pair
                    code -= 0x10000
                    escaped = _hex4(0xD800 | (code >> 10)) + _hex4(0xDC00 | (code & 0x3FF))
                else:
                    escaped = _hex4(code)
            parts.append(escaped)
            start = index + 1
        index += 1
    if start < length:
        parts.append(text[start:])
    parts.append('"')
    return "".join(parts)


def _float_text(value, allow_nan):
    if value != value:
        text = "NaN"
    elif value == float("inf"):
        text = "Infinity"
    elif value == -float("inf"):
        text = "-Infinity"
    else:
        return repr(value)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def _type_name(value):
    return type(value).__name__


def _plain_value(value):
    # Enum members mixed with int or str encode as their value, as in CPython.
    kind = type(value)
    if kind is int or kind is str or kind is float or kind is bool or value is None:
        return value
    if hasattr(value, "_value_") and hasattr(value, "_name_") and (
            isinstance(value, int) or isinstance(value, str) or isinstance(value, float)):
        return value._value_
    return value


class JSONEncoder:
    """Turns Python values into JSON text; subclass it and override ``default`` to extend it."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator = separators[0]
            self.key_separator = separators[1]
        elif indent is not None:
            self.item_separator = ","
            self.key_separator = ": "
        else:
            self.item_separator = ", "
            self.key_separator = ": "
        # (an instance attribute cannot shadow a method in compiled code: keep the hook apart)
        self._default_hook = default

    def default(self, o):
        raise TypeError("Object of type " + _type_name(o) + " is not JSON serializable")

    def encode(self, o):
        parts = []
        self._encode(o, parts, 0, [])
        return "".join(parts)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _key_text(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if isinstance(key, int):
            return str(key)
        key = _plain_value(key)
        if isinstance(key, (str, int, float)):
            return self._key_text(key)
        return None

    def _enter(self, o, markers):
        if self.check_circular:
            for seen in markers:
                if seen is o:
                    raise ValueError("Circular reference detected")
            markers.append(o)

    def _leave(self, markers):
        if self.check_circular:
            markers.pop()

    def _encode(self, o, parts, level, markers):
        if isinstance(o, str):
            parts.append(_quote(o, self.ensure_ascii))
        elif o is None:
            parts.append("null")
        elif o is True:
            parts.append("true")
        elif o is False:
            parts.append("false")
        elif isinstance(o, float):
            parts.append(_float_text(o, self.allow_nan))
        elif isinstance(o, int):
            value = _plain_value(o)
            parts.append(str(value) if isinstance(value, int) else _float_text(value, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, parts, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, parts, level, markers)
        else:
            plain = _plain_value(o)
            if plain is not o:
                self._encode(plain, parts, level, markers)
                return
            self._enter(o, markers)
            hook = self._default_hook if self._default_hook is not None else self.default
            self._encode(hook(o), parts, level, markers)
            self._leave(markers)

    def _newline(self, level):
        return "\n" + self.indent * level

    def _encode_list(self, items, parts, level, markers):
        if len(items) == 0:
            parts.append("[]")
            return
        self._enter(items, markers)
        parts.append("[")
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            separator = separator + self._newline(level)
            parts.append(self._newline(level))
        first = True
        for item in items:
            if not first:
                parts.append(separator)
            first = False
            self._encode(item, parts, level, markers)
        if self.indent is not None:
            level -= 1
            parts.append(self._newline(level))
        parts.append("]")
        self._leave(markers)

    def _encode_dict(self, mapping, parts, level, markers):
        if len(mapping) == 0:
            parts.append("{}")
            return
        self._enter(mapping, markers)
        parts.append("{")
        separator = self.item_separator
        if self.indent is not None:
            level += 1
            separator = separator + self._newline(level)
            parts.append(self._newline(level))
        items = list(mapping.items())
        if self.sort_keys:
            items = merge_sort(items, lambda item: item[0])
        first = True
        for key, value in items:
            text = self._key_text(key)
            if text is None:
                if self.skipkeys:
                    continue
                raise TypeError("keys must be str, int, float, bool or None, not " + _type_name(key))
            if not first:
                parts.append(separator)
            first = False
            parts.append(_quote(text, self.ensure_ascii))
            parts.append(self.key_separator)
            self._encode(value, parts, level, markers)
        if self.indent is not None:
            level -= 1
            parts.append(self._newline(level))
        parts.append("}")
        self._leave(markers)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    maker = JSONEncoder if cls is None else cls
    encoder = maker(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                    allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                    sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def dump(obj, fp, **kw):
    """Serialize ``obj`` as JSON text to the file-like ``fp`` (anything with ``write``)."""
    fp.write(dumps(obj, **kw))


class JSONDecodeError(ValueError):
    """Invalid JSON: ``msg``, the document ``doc``, the position ``pos``, and ``lineno``, ``colno``."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, msg + ": line " + str(lineno) + " column " + str(colno) + " (char " + str(pos) + ")")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def _skip(doc, pos):
    length = len(doc)
    while pos < length and _WHITESPACE.find(doc[pos]) >= 0:
        pos += 1
    return pos


class JSONDecoder:
    """Parses JSON text into Python values."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float if parse_float is not None else float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        value, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        if not isinstance(s, str):
            raise TypeError("the JSON object must be str, bytes or bytearray, not " + _type_name(s))
        return self._value(s, idx)

    def _constant(self, name):
        if self.parse_constant is not None:
            return self.parse_constant(name)
        if name == "NaN":
            return float("nan")
        if name == "Infinity":
            return float("inf")
        return -float("inf")

    def _value(self, doc, pos):
        if pos >= len(doc):
            raise JSONDecodeError("Expecting value", doc, pos)
        ch = doc[pos]
        if ch == '"':
            return self._string(doc, pos + 1)
        if ch == "{":
            return self._object(doc, pos + 1)
        if ch == "[":
            return self._array(doc, pos + 1)
        if ch == "n" and doc.startswith("null", pos):
            return None, pos + 4
        if ch == "t" and doc.startswith("true", pos):
            return True, pos + 4
        if ch == "f" and doc.startswith("false", pos):
            return False, pos + 5
        if ch == "N" and doc.startswith("NaN", pos):
            return self._constant("NaN"), pos + 3
        if ch == "I" and doc.startswith("Infinity", pos):
            return self._constant("Infinity"), pos + 8
        if ch == "-" and doc.startswith("-Infinity", pos):
            return self._constant("-Infinity"), pos + 9
        return self._number(doc, pos)

    def _number(self, doc, pos):
        length = len(doc)
        start = pos
        if pos < length and doc[pos] == "-":
            pos += 1
        if pos < length and doc[pos] == "0":
            pos += 1
        elif pos < length and "1" <= doc[pos] <= "9":
            while pos < length and _DIGITS.find(doc[pos]) >= 0:
                pos += 1
        else:
            raise JSONDecodeError("Expecting value", doc, start)
        is_float = False
        if pos + 1 < length and doc[pos] == "." and _DIGITS.find(doc[pos + 1]) >= 0:
            is_float = True
            pos += 2
            while pos < length and _DIGITS.find(doc[pos]) >= 0:
                pos += 1
        if pos < length and (doc[pos] == "e" or doc[pos] == "E"):
            exponent = pos + 1
            if exponent < length and (doc[exponent] == "+" or doc[exponent] == "-"):
                exponent += 1
            if exponent < length and _DIGITS.find(doc[exponent]) >= 0:
                is_float = True
                pos = exponent
                while pos < length and _DIGITS.find(doc[pos]) >= 0:
                    pos += 1
        text = doc[start:pos]
        if is_float:
            return self.parse_float(text), pos
        if self.parse_int is not None:
            return self.parse_int(text), pos
        return int(text), pos

    def _string(self, doc, pos):
        start = pos - 1
        chunks = []
        length = len(doc)
        while True:
            end = pos
            while end < length:
                ch = doc[end]
                if ch == '"' or ch == "\\" or (ord(ch) < 0x20):
                    break
                end += 1
            if end >= length:
                raise JSONDecodeError("Unterminated string starting at", doc, start)
            if end > pos:
                chunks.append(doc[pos:end])
            ch = doc[end]
            if ch == '"':
                return "".join(chunks), end + 1
            if ch != "\\":
                if self.strict:
                    raise JSONDecodeError("Invalid control character at", doc, end)
                chunks.append(ch)
                pos = end + 1
                continue
            if end + 1 >= length:
                raise JSONDecodeError("Unterminated string starting at", doc, start)
            escape = doc[end + 1]
            if escape != "u":
                simple = _SIMPLE_ESCAPES.get(escape)
                if simple is None:
                    raise JSONDecodeError("Invalid \\escape", doc, end)
                chunks.append(simple)
                pos = end + 2
                continue
            code = self._hex(doc, end + 2, end + 1)
            pos = end + 6
            if 0xD800 <= code <= 0xDBFF and doc.startswith("\\u", pos):
                low = self._hex(doc, pos + 2, pos + 1)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
            chunks.append(chr(code))

    def _hex(self, doc, pos, escape_at):
        digits = doc[pos:pos + 4]
        valid = len(digits) == 4
        for digit in digits:
            if "0123456789abcdefABCDEF".find(digit) < 0:
                valid = False
        if not valid:
            raise JSONDecodeError("Invalid \\uXXXX escape", doc, escape_at)
        return int(digits, 16)

    def _object(self, doc, pos):
        start = pos - 1
        pairs = []
        pos = _skip(doc, pos)
        if pos < len(doc) and doc[pos] == "}":
            return self._finish_object(pairs), pos + 1
        while True:
            if pos >= len(doc) or doc[pos] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", doc, pos)
            key, pos = self._string(doc, pos + 1)
            pos = _skip(doc, pos)
            if pos >= len(doc) or doc[pos] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", doc, pos)
            pos = _skip(doc, pos + 1)
            value, pos = self._value(doc, pos)
            pairs.append((key, value))
            pos = _skip(doc, pos)
            if pos < len(doc) and doc[pos] == "}":
                return self._finish_object(pairs), pos + 1
            if pos >= len(doc) or doc[pos] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos = _skip(doc, pos + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def _array(self, doc, pos):
        items = []
        pos = _skip(doc, pos)
        if pos < len(doc) and doc[pos] == "]":
            return items, pos + 1
        while True:
            value, pos = self._value(doc, pos)
            items.append(value)
            pos = _skip(doc, pos)
            if pos < len(doc) and doc[pos] == "]":
                return items, pos + 1
            if pos >= len(doc) or doc[pos] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos = _skip(doc, pos + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str`` holding a JSON document) to a Python object."""
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not " + _type_name(s))
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    maker = JSONDecoder if cls is None else cls
    decoder = maker(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                    parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
    return decoder.decode(s)


def load(fp, **kw):
    """Deserialize the JSON document read from the file-like ``fp`` (anything with ``read``)."""
    return loads(fp.read(), **kw)
