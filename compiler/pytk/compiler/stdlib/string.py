"""Common string constants, ``capwords`` and ``Template``: a browser version of ``string``."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (at sep), capitalize each and join them again."""
    words = s.split(sep)
    joiner = " " if sep is None else sep
    return joiner.join([word.capitalize() for word in words])


def _is_identifier_start(ch):
    return ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or ("0" <= ch <= "9")


class Template:
    """``$name`` and ``${name}`` substitution; ``$$`` is a literal ``$``."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # (kind, text, start): kind is "text", "name", "escape" or "invalid".
        text = self.template
        delimiter = self.delimiter
        parts = []
        position = 0
        start = 0
        length = len(text)
        while position < length:
            if not text.startswith(delimiter, position):
                position += 1
                continue
            if start < position:
                parts.append(("text", text[start:position], start))
            after = position + len(delimiter)
            if text.startswith(delimiter, after):
                parts.append(("escape", delimiter, position))
                position = after + len(delimiter)
            elif after < length and _is_identifier_start(text[after]):
                end = after
                while end < length and _is_identifier_char(text[end]):
                    end += 1
                parts.append(("name", text[after:end], position))
                position = end
            elif after < length and text[after] == "{":
                end = after + 1
                if end < length and _is_identifier_start(text[end]):
                    end += 1
                    while end < length and _is_identifier_char(text[end]):
                        end += 1
                    if end < length and text[end] == "}":
                        parts.append(("braced", text[after + 1:end], position))
                        position = end + 1
                        start = position
                        continue
                parts.append(("invalid", text[position:after], position))
                position = after
            else:
                parts.append(("invalid", text[position:after], position))
                position = after
            start = position
        if start < length:
            parts.append(("text", text[start:], start))
        return parts

    def _invalid(self, index):
        before = self.template[:index]
        line = before.count("\n") + 1
        column = index - (before.rfind("\n") + 1) + 1
        raise ValueError("Invalid placeholder in string: line " + str(line) + ", col " + str(column))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if len(kws) == 0:
            return mapping
        merged = {}
        for key in mapping.keys():
            merged[key] = mapping[key]
        for key in kws.keys():
            merged[key] = kws[key]
        return merged

    def substitute(self, mapping=None, **kws):
        values = self._mapping(mapping, kws)
        out = []
        for kind, text, start in self._scan():
            if kind == "text" or kind == "escape":
                out.append(text)
            elif kind == "name" or kind == "braced":
                out.append(str(values[text]))
            else:
                self._invalid(start)
        return "".join(out)

    def safe_substitute(self, mapping=None, **kws):
        values = self._mapping(mapping, kws)
        out = []
        for kind, text, start in self._scan():
            if kind == "text" or kind == "escape":
                out.append(text)
            elif kind == "name" or kind == "braced":
                if text in values:
                    out.append(str(values[text]))
                elif kind == "name":
                    out.append(self.delimiter + text)
                else:
                    out.append(self.delimiter + "{" + text + "}")
            else:
                out.append(text)
        return "".join(out)

    def get_identifiers(self):
        names = []
        for kind, text, start in self._scan():
            if (kind == "name" or kind == "braced") and text not in names:
                names.append(text)
        return names

    def is_valid(self):
        for kind, text, start in self._scan():
            if kind == "invalid":
                return False
        return True


class Formatter:
    """``Formatter().format(...)`` is ``str.format``."""

    def format(self, format_string, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
