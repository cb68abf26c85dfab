"""textwrap.wrap, fill, shorten and dedent."""
import textwrap
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.shorten(text, 30))
print(textwrap.dedent("""
    indented
      more
    back""").strip())
