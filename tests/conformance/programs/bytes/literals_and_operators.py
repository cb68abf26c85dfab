"""bytes literals, indexing (ints), slicing, iteration, repr, len, ==, in, +, *, ordering, hashing."""
raw = b'h\xc3\xa9 "q" \'s\' \\ \t\n\x00\x7f\xff'
print(raw, len(raw), raw[0], raw[-1], raw[1:3], raw[::-3], raw[100:])
print(b"it's", b'say "hi"', b"both ' and \"", b"", bytes(), repr(b"x"), str(b"x"), f"{b'ab'}")
print([b for b in b"AZ"], list(b"az"), tuple(b"\x01\x02"), sum(b"\x01\x02\x03"), max(b"hello"), sorted(b"cab"))
print(b"ab" == b"ab", b"ab" != b"ba", b"ab" == "ab", b"a" < b"b", b"ab" < b"abc", b"b" > b"abc", b"" <= b"")
print(b"el" in b"hello", 104 in b"hello", 120 in b"hello", b"" in b"x")
print(b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1)
print({b"k": 1}[b"k"], hash(b"abc") == hash(b"ab" + b"c"), len({b"a", b"a", b"b"}), b"a" in {b"a": 0})
print(type(b"x").__name__, type(b"x") is bytes, isinstance(b"x", bytes), isinstance(b"x", bytearray), isinstance(b"x", str))
print(bool(b""), bool(b"\x00"), b"" or "empty", b"x" and "set")
KEY = "x"
def assign():
    data = b"ab"
    data[0] = 1
for label, make in [("index", lambda: b"ab"[2]), ("str +", lambda: b"a" + "b"), ("+ str", lambda: "a" + b"b"),
                    ("in str", lambda: "a" in b"abc"), ("range", lambda: 300 in b"abc"), ("order", lambda: b"a" < "b"),
                    ("key", lambda: b"ab"[KEY]), ("mul", lambda: b"ab" * 1.5), ("assign", assign)]:
    try:
        print(label, make() is not None)
    except Exception as error:
        print(label, type(error).__name__, error)
