"""bytes methods: searching, splitting, joining, stripping, case (ASCII only), hex and fromhex."""
data = b"  Hello, World; hello again  "
print(data.strip(), data.lstrip(), data.rstrip(), b"xxaxx".strip(b"x"), b"\xa0a\xa0".strip(), b"\x85".isspace())
print(data.split(), data.split(b","), b"a,b,,c".split(b",", 1), b"a b  c".rsplit(None, 1), b"\x1ca b".split())
print(b"l1\nl2\r\nl3\x0bl4".splitlines(), b"x\ny\n".splitlines(True))
print(data.find(b"ello"), data.find(104), data.rfind(b"l"), data.count(b"l"), data.count(108), data.index(b"W"))
print(data.startswith(b"  H"), data.endswith((b"x", b"  ")), b"abc".startswith(b"b", 1), data.replace(b"l", b"L", 2))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"none".partition(b"="), b"ab".removeprefix(b"a"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"ab".center(6, b"*"), b"7".zfill(3), b"a".ljust(3), b"a".rjust(3, b"."))
print(b"caf\xe9 Ab".upper(), b"CAF\xc9 aB".lower(), b"hello world".title(), b"hELLO".capitalize(), b"AbC".swapcase())
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b"".isdigit(), b"ab".islower(), b"AB1".isupper(), b"\xe9".isalpha(), b"ab".isascii())
print(b"\x00\xff\x10".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), bytes.fromhex("00 ff 10"), bytearray.fromhex("4142"))
print(b"tab\there".expandtabs(4), b"a\tb".expandtabs())
for label, make in [("find str", lambda: b"abc".find("a")), ("index missing", lambda: b"abc".index(b"z")),
                    ("split str", lambda: b"a b".split(" ")), ("join str", lambda: b",".join([b"a", "b"])),
                    ("fromhex bad", lambda: bytes.fromhex("0g")), ("find range", lambda: b"a".find(999))]:
    try:
        print(label, make())
    except Exception as error:
        print(label, type(error).__name__, error)
