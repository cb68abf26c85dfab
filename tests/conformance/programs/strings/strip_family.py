"""strip, lstrip and rstrip with default whitespace and explicit characters."""
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("   ".strip()), "abc".strip("abc") == "")
