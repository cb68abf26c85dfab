"""bytes () and bytearray () from ints, iterables, str with an encoding; UTF-8, ASCII and Latin-1 with error handlers."""
print(bytes(3), bytes([0, 65, 255]), bytes(range(97, 100)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes((1,)))
print(bytes("héllo", "utf-8"), bytes("héllo", encoding="latin-1"), bytearray("ab", "ascii"), bytearray(2))
text = "aé€😀"
for encoding in ("utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        try:
            print(encoding, errors, text.encode(encoding, errors))
        except UnicodeEncodeError as error:
            print(encoding, errors, "UnicodeEncodeError:", error, error.start, error.end)
data = b"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 bad:\xff\xc3(\xe2\x82 end\xe2"
for encoding in ("utf-8", "ascii", "latin-1"):
    for errors in ("strict", "ignore", "replace", "backslashreplace"):
        try:
            print(encoding, errors, ascii(data.decode(encoding, errors)))
        except UnicodeDecodeError as error:
            print(encoding, errors, "UnicodeDecodeError:", error, error.start, error.end, error.reason)
print("€".encode(), b"\xe2\x82\xac".decode(), "x".encode(encoding="ascii"), b"\xe9".decode("latin1"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"), str(b"\xff", "utf-8", "replace"))
print(len("😀".encode()), "😀".encode().decode() == "😀")
for label, make in [("no encoding", lambda: bytes("x")), ("range", lambda: bytes([256])), ("negative", lambda: bytes(-1)),
                    ("str items", lambda: bytes(["a"])), ("None", lambda: bytes(None)), ("float", lambda: bytes(1.5)),
                    ("codec", lambda: "x".encode("klingon")), ("decode codec", lambda: b"x".decode("nope")),
                    ("encoding without str", lambda: bytes([1], "utf-8")), ("bytearray range", lambda: bytearray([-1]))]:
    try:
        print(label, make())
    except Exception as error:
        print(label, type(error).__name__, error)
try:
    "\udc80".encode()
except UnicodeError as error:
    print(type(error).__name__, isinstance(error, ValueError), error)
