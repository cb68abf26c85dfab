"""textwrap: indents, hyphen breaking, long words, max_lines and dedent/indent."""
import textwrap
text = "A well-known mother-in-law said extraordinarily long things about state-of-the-art widgets."
print(textwrap.wrap(text, 15))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap("antidisestablishmentarianism is long", 10, break_long_words=False))
print(textwrap.fill(text, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, max_lines=2), textwrap.shorten(text, 40, placeholder="..."))
block = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("one\n\ntwo\n", ">> "), end="")
print(textwrap.indent("one\n\ntwo", ".", lambda line: True))
w = textwrap.TextWrapper(width=12, expand_tabs=True, tabsize=4)
print(w.wrap("a\tb\tc d e f g h"))
