"""Markup that is safe to put in the page: the only thing the ``HTML`` widget accepts.

A ``SafeHtml`` is made only in ways that cannot carry a script:

* ``SafeHtml.escape(text)``: any text, with ``& < > " '`` escaped;
* ``SafeHtml.constant(markup)``: markup written by the programmer in the source, never built
  from user data (the caller vouches for it, as with GWT's ``fromSafeConstant``);
* ``SafeHtml.format(template, **values)``: a constant template whose ``{name}`` fields are
  filled with escaped values (or with ``SafeHtml`` values as they are);
* ``SafeHtml.sanitize(markup)``: untrusted markup reduced to a few harmless tags without
  attributes (``b i em strong u s code pre br p ul ol li h1``-``h6`` ...), all else escaped;
* ``a + b`` of two ``SafeHtml`` values, and ``SafeHtml.join(parts)``.
"""

SIMPLE_TAGS = ["b", "i", "em", "strong", "u", "s", "small", "sub", "sup", "code", "pre", "br",
               "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr"]


def escape_text(text):
    """``text`` with the five HTML-significant characters replaced by entities."""
    text = str(text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


class SafeHtml:
    """A piece of markup known to be safe; build it with the class methods, not the constructor."""

    def __init__(self, markup, token=None):
        if token is not _TOKEN:
            raise TypeError("make SafeHtml with SafeHtml.escape, .constant, .format or .sanitize")
        self.markup = markup

    @staticmethod
    def escape(text):
        return SafeHtml(escape_text(text), _TOKEN)

    @staticmethod
    def constant(markup):
        if not isinstance(markup, str):
            raise TypeError("SafeHtml.constant needs a str written in the source")
        return SafeHtml(markup, _TOKEN)

    @staticmethod
    def format(template, **values):
        parts = []
        position = 0
        while True:
            start = template.find("{", position)
            if start < 0:
                break
            end = template.find("}", start)
            if end < 0:
                raise ValueError("unclosed '{' in SafeHtml template")
            parts.append(template[position:start])
            field = template[start + 1:end]
            if field not in values:
                raise KeyError(field)
            parts.append(to_markup(values[field]))
            position = end + 1
        parts.append(template[position:])
        return SafeHtml("".join(parts), _TOKEN)

    @staticmethod
    def sanitize(markup):
        """Keep the simple tags of ``SIMPLE_TAGS`` (without attributes); escape the rest."""
        out = []
        pieces = str(markup).split("<")
        out.append(escape_text(pieces[0]))
        for piece in pieces[1:]:
            close = piece.find(">")
            tag = piece[:close] if close >= 0 else ""
            name = tag[1:] if tag.startswith("/") else tag
            if close >= 0 and name.lower() in SIMPLE_TAGS:
                out.append("<" + tag.lower() + ">" + escape_text(piece[close + 1:]))
            else:
                out.append("&lt;" + escape_text(piece))
        return SafeHtml("".join(out), _TOKEN)

    @staticmethod
    def join(parts, separator=None):
        glue = "" if separator is None else to_markup(separator)
        return SafeHtml(glue.join([to_markup(part) for part in parts]), _TOKEN)

    def __add__(self, other):
        return SafeHtml(self.markup + to_markup(other), _TOKEN)

    def __eq__(self, other):
        return isinstance(other, SafeHtml) and other.markup == self.markup

    def __str__(self):
        return self.markup

    def __repr__(self):
        return "SafeHtml(" + repr(self.markup) + ")"


class _Token:
    pass


_TOKEN = _Token()


def to_markup(value):
    """The markup of a ``SafeHtml``, or any other value escaped as text."""
    if isinstance(value, SafeHtml):
        return value.markup
    return escape_text(value)
