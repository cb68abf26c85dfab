"""URLs that are safe in ``href`` and ``src``: no ``javascript:`` and friends."""

SAFE_SCHEMES = ["http", "https", "mailto", "ftp", "tel"]
UNSAFE_REPLACEMENT = "#"


def is_safe_uri(uri):
    """True for relative URLs and for the schemes of ``SAFE_SCHEMES``."""
    text = str(uri)
    cleaned = "".join([c for c in text if ord(c) > 32]).lower()
    colon = cleaned.find(":")
    if colon < 0:
        return True
    for mark in ["/", "?", "#"]:
        at = cleaned.find(mark)
        if 0 <= at < colon:
            return True  # the colon is in the path or query: a relative URL
    return cleaned[:colon] in SAFE_SCHEMES


def is_safe_image_uri(uri):
    """Like ``is_safe_uri``, plus ``data:image/...`` for inline pictures (not SVG, which can hold scripts)."""
    cleaned = "".join([c for c in str(uri) if ord(c) > 32]).lower()
    if cleaned.startswith("data:image/") and not cleaned.startswith("data:image/svg"):
        return True
    return is_safe_uri(uri)


def sanitize_uri(uri):
    """``uri`` if it is safe, else ``"#"``."""
    return str(uri) if is_safe_uri(uri) else UNSAFE_REPLACEMENT
