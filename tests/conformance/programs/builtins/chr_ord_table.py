"""chr and ord across ASCII and beyond."""
print([ord(c) for c in "Az09 ~"], "".join(chr(c) for c in range(65, 71)))
print(chr(0x263A), ord("\n"), chr(ord("a") ^ 32), [chr(i) for i in (955, 960)])
word = "Python"
print(sum(ord(c) for c in word), "".join(chr(ord(c) + 1) for c in word))
print([hex(ord(c)) for c in "é€"])
