"""Split, join and percent-encode URLs: a browser version of the stdlib module ``urllib.parse``.

``quote``, ``quote_plus``, ``unquote``, ``unquote_plus``, ``urlencode`` (with ``doseq``),
``parse_qs``, ``parse_qsl``, ``urlsplit``, ``urlparse``, ``urlunsplit``, ``urlunparse``,
``urljoin`` and ``urldefrag``, with CPython's results for ``str`` arguments (text is encoded as
UTF-8; ``bytes`` arguments and other encodings are not supported).
"""

from collections import namedtuple

__all__ = ["DefragResult", "ParseResult", "SplitResult", "parse_qs", "parse_qsl", "quote", "quote_plus", "unquote",
           "unquote_plus", "urldefrag", "urlencode", "urljoin", "urlparse", "urlsplit", "urlunparse", "urlunsplit"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero",
                 "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews",
               "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms",
               "sftp", "tel"]
scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."
_ALWAYS_SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~"
_C0_CONTROL_OR_SPACE = "".join([chr(i) for i in range(33)])
_HEX = "0123456789ABCDEF"

__pragma__('js', '{}', '''
function _pytk_utf8_bytes (text) {
    return Array.from (new TextEncoder ().encode (text));
}

function _pytk_utf8_text (bytes) {
    return new TextDecoder ('utf-8').decode (new Uint8Array (bytes));
}
''')


def _check_str(value, name):
    if not isinstance(value, str):
        raise TypeError(name + "() argument must be str, not " + type(value).__name__)


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encode string as UTF-8, leaving letters, digits, '_.-~' and the characters of safe."""
    _check_str(string, "quote")
    out = []
    for ch in string:
        if ch in _ALWAYS_SAFE or (len(safe) > 0 and ch in safe):
            out.append(ch)
        else:
            for byte in _pytk_utf8_bytes(ch):
                out.append("%" + _HEX[byte >> 4] + _HEX[byte & 15])
    return "".join(out)


def quote_plus(string, safe="", encoding=None, errors=None):
    """As quote, with spaces written as '+' (for query strings)."""
    if " " not in string:
        return quote(string, safe, encoding, errors)
    return quote(string, safe + " ", encoding, errors).replace(" ", "+")


def _hex_value(ch):
    return _HEX.find(ch.upper())


def unquote(string, encoding="utf-8", errors="replace"):
    """Replace %XX escapes by the characters they encode (UTF-8; bad bytes become U+FFFD)."""
    _check_str(string, "unquote")
    if "%" not in string:
        return string
    out = []
    pending = []
    i = 0
    n = len(string)
    while i < n:
        ch = string[i]
        if ch == "%" and i + 2 < n and _hex_value(string[i + 1]) >= 0 and _hex_value(string[i + 2]) >= 0:
            pending.append(_hex_value(string[i + 1]) * 16 + _hex_value(string[i + 2]))
            i += 3
            continue
        if len(pending) > 0:
            out.append(_pytk_utf8_text(pending))
            pending = []
        out.append(ch)
        i += 1
    if len(pending) > 0:
        out.append(_pytk_utf8_text(pending))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """As unquote, with '+' read as a space."""
    return unquote(string.replace("+", " "), encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """A query string from a mapping or a sequence of pairs; with doseq, sequence values repeat the key."""
    if hasattr(query, "items"):
        pairs = list(query.items())
    else:
        if isinstance(query, str):
            raise TypeError("not a valid non-string sequence or mapping object")
        pairs = list(query)
        if len(pairs) > 0 and not isinstance(pairs[0], tuple):
            raise TypeError("not a valid non-string sequence or mapping object")
    parts = []
    for pair in pairs:
        key = quote_via(str(pair[0]), safe)
        value = pair[1]
        if not doseq or isinstance(value, str):
            parts.append(key + "=" + quote_via(value if isinstance(value, str) else str(value), safe))
        elif isinstance(value, (list, tuple, set, frozenset)) or (hasattr(value, "__iter__") and
                                                                   hasattr(value, "__len__")):
            for item in value:
                parts.append(key + "=" + quote_via(item if isinstance(item, str) else str(item), safe))
        else:
            parts.append(key + "=" + quote_via(str(value), safe))
    return "&".join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    """The (name, value) pairs of a query string, in order."""
    if not isinstance(separator, str) or len(separator) == 0:
        raise ValueError("Separator must be of type string or bytes.")
    if qs is None or len(qs) == 0:
        return []
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    result = []
    for field in qs.split(separator):
        if len(field) == 0 and not strict_parsing:
            continue
        index = field.find("=")
        if index < 0:
            if strict_parsing:
                raise ValueError("bad query field: " + repr(field))
            if not keep_blank_values:
                continue
            name = field
            value = ""
        else:
            name = field[:index]
            value = field[index + 1:]
        if len(value) > 0 or keep_blank_values:
            result.append((unquote(name.replace("+", " "), encoding, errors),
                           unquote(value.replace("+", " "), encoding, errors)))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    """A dict from each name of a query string to the list of its values."""
    result = {}
    for pair in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator):
        if pair[0] in result:
            result[pair[0]].append(pair[1])
        else:
            result[pair[0]] = [pair[1]]
    return result


def _netloc_parts(netloc):
    """(username, password, hostname text, port text) of a network location."""
    userinfo = None
    hostport = netloc
    at = netloc.rfind("@")
    if at >= 0:
        userinfo = netloc[:at]
        hostport = netloc[at + 1:]
    username = None
    password = None
    if userinfo is not None:
        colon = userinfo.find(":")
        if colon >= 0:
            username = userinfo[:colon]
            password = userinfo[colon + 1:]
        else:
            username = userinfo
    port = None
    if hostport.startswith("["):
        close = hostport.find("]")
        host = hostport[1:close]
        rest = hostport[close + 1:]
        if rest.startswith(":"):
            port = rest[1:]
    else:
        colon = hostport.rfind(":")
        if colon >= 0:
            host = hostport[:colon]
            port = hostport[colon + 1:]
        else:
            host = hostport
    return (username, password, host, port)


class _NetlocMixin:
    @property
    def username(self):
        return _netloc_parts(self.netloc)[0]

    @property
    def password(self):
        return _netloc_parts(self.netloc)[1]

    @property
    def hostname(self):
        host = _netloc_parts(self.netloc)[2]
        if len(host) == 0:
            return None
        if "%" in host:
            return host
        return host.lower()

    @property
    def port(self):
        text = _netloc_parts(self.netloc)[3]
        if text is None or len(text) == 0:
            return None
        for ch in text:
            if not "0" <= ch <= "9":
                raise ValueError("Port could not be cast to integer value as " + repr(text))
        port = int(text)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port


_SplitBase = namedtuple("SplitResult", "scheme netloc path query fragment")
_ParseBase = namedtuple("ParseResult", "scheme netloc path params query fragment")
_DefragBase = namedtuple("DefragResult", "url fragment")


class SplitResult(_SplitBase, _NetlocMixin):
    """What urlsplit returns: (scheme, netloc, path, query, fragment)."""

    def geturl(self):
        return urlunsplit(self)

    def _replace(self, **changes):
        fields = {"scheme": self.scheme, "netloc": self.netloc, "path": self.path, "query": self.query,
                  "fragment": self.fragment}
        fields.update(changes)
        return SplitResult(fields["scheme"], fields["netloc"], fields["path"], fields["query"], fields["fragment"])


class ParseResult(_ParseBase, _NetlocMixin):
    """What urlparse returns: (scheme, netloc, path, params, query, fragment)."""

    def geturl(self):
        return urlunparse(self)

    def _replace(self, **changes):
        fields = {"scheme": self.scheme, "netloc": self.netloc, "path": self.path, "params": self.params,
                  "query": self.query, "fragment": self.fragment}
        fields.update(changes)
        return ParseResult(fields["scheme"], fields["netloc"], fields["path"], fields["params"], fields["query"],
                           fields["fragment"])


class DefragResult(_DefragBase):
    """What urldefrag returns: (url, fragment)."""

    def geturl(self):
        if len(self.fragment) > 0:
            return self.url + "#" + self.fragment
        return self.url


def _split_netloc(url, start):
    delimiter = len(url)
    for ch in "/?#":
        index = url.find(ch, start)
        if index >= 0 and index < delimiter:
            delimiter = index
    return (url[start:delimiter], url[delimiter:])


def _strip_leading(text, characters):
    index = 0
    while index < len(text) and text[index] in characters:
        index += 1
    return text[index:]


def urlsplit(url, scheme="", allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    _check_str(url, "urlsplit")
    url = _strip_leading(url, _C0_CONTROL_OR_SPACE)
    scheme = _strip_leading(scheme, _C0_CONTROL_OR_SPACE).rstrip(_C0_CONTROL_OR_SPACE)
    for ch in "\t\r\n":
        url = url.replace(ch, "")
        scheme = scheme.replace(ch, "")
    netloc = ""
    query = ""
    fragment = ""
    colon = url.find(":")
    if colon > 0 and url[0] in scheme_chars[:52]:
        valid = True
        for ch in url[:colon]:
            if ch not in scheme_chars:
                valid = False
                break
        if valid:
            scheme = url[:colon].lower()
            url = url[colon + 1:]
    if url[:2] == "//":
        parts = _split_netloc(url, 2)
        netloc = parts[0]
        url = parts[1]
        if ("[" in netloc and "]" not in netloc) or ("]" in netloc and "[" not in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        index = url.find("#")
        fragment = url[index + 1:]
        url = url[:index]
    if "?" in url:
        index = url.find("?")
        query = url[index + 1:]
        url = url[:index]
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(url):
    if "/" in url:
        index = url.find(";", url.rfind("/"))
        if index < 0:
            return (url, "")
    else:
        index = url.find(";")
    return (url[:index], url[index + 1:])


def urlparse(url, scheme="", allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    split = urlsplit(url, scheme, allow_fragments)
    path = split.path
    params = ""
    if split.scheme in uses_params and ";" in path:
        parts = _split_params(path)
        path = parts[0]
        params = parts[1]
    return ParseResult(split.scheme, split.netloc, path, params, split.query, split.fragment)


def urlunsplit(components):
    """The URL of (scheme, netloc, path, query, fragment)."""
    scheme = components[0]
    netloc = components[1]
    url = components[2]
    query = components[3]
    fragment = components[4]
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    """The URL of (scheme, netloc, path, params, query, fragment)."""
    url = components[2]
    if components[3]:
        url = url + ";" + components[3]
    return urlunsplit((components[0], components[1], url, components[4], components[5]))


def urldefrag(url):
    """(url without its fragment, fragment)."""
    if "#" in url:
        parsed = urlparse(url)
        return DefragResult(urlunparse((parsed.scheme, parsed.netloc, parsed.path, parsed.params, parsed.query, "")),
                            parsed.fragment)
    return DefragResult(url, "")


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base, as a browser resolves a link."""
    if not base:
        return url
    if not url:
        return base
    b = urlparse(base, "", allow_fragments)
    u = urlparse(url, b.scheme, allow_fragments)
    scheme = u.scheme
    netloc = u.netloc
    path = u.path
    params = u.params
    query = u.query
    fragment = u.fragment
    if scheme != b.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = b.netloc
    if not path and not params:
        path = b.path
        params = b.params
        if not query:
            query = b.query
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = b.path.split("/")
    if base_parts[-1] != "":
        base_parts.pop()
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        middle = [s for s in segments[1:-1] if s]
        segments = [segments[0]] + middle + [segments[-1]] if len(segments) > 1 else segments
    resolved = []
    for segment in segments:
        if segment == "..":
            if len(resolved) > 0:
                resolved.pop()
        elif segment == ".":
            continue
        else:
            resolved.append(segment)
    if segments[-1] == "." or segments[-1] == "..":
        resolved.append("")
    return urlunparse((scheme, netloc, "/".join(resolved) or "/", params, query, fragment))
