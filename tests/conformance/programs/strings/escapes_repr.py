"""Escape sequences and how repr shows them."""
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print("\x41\u00e9\N{BULLET}", len("\t"), r"raw\n" + "!")
print(repr("\x00\x7f"), repr("é"), "a\
b")
