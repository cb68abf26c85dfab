"""Length and indexing count code points, including astral characters."""
s = "héllo😀!"
print(len(s), s[5] == "😀", s[-1], s[::-1] == "!😀olléh")
print(len("😀😀"), list("a😀b")[1] == "😀", "😀".upper() == "😀")
print([ord(c) for c in "a😀"])
