"""str.maketrans and translate: mapping, replacing and deleting characters."""
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
strip_digits = str.maketrans("", "", "0123456789")
print("r2d2 c3po".translate(strip_digits))
print("hello".translate({ord("l"): "L", ord("o"): None}))
