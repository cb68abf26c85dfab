"""bytearray is the mutable one: item and slice assignment, append, extend, pop, del, +=, unhashable."""
buf = bytearray(b"hello")
buf[0] = 72
buf[-1] = ord("O")
buf.append(33)
buf.extend(b" ok")
buf.extend([49, 50])
buf += b"+"
buf.insert(0, 62)
print(buf, len(buf), buf[1], buf[1:4], type(buf[1:4]).__name__, buf.pop(), buf.pop(0), buf)
buf[1:3] = b"EY"
buf[0:1] = [104, 105]
del buf[2]
del buf[-3:]
print(buf, buf.decode(), bytes(buf), buf == bytes(buf), buf.upper(), type(buf.upper()).__name__)
buf.remove(ord("h"))
buf.reverse()
copy = buf.copy()
copy.clear()
print(buf, copy, len(copy), buf * 2, b"<" + buf, buf + b">", type(b"<" + buf).__name__, type(buf + b">").__name__)
print(repr(bytearray()), bytearray(b"a") == b"a", b"a" == bytearray(b"a"), list(bytearray(b"\x01\x02")))
def delete_item():
    data = b"abc"
    del data[0]
for label, make in [("hash", lambda: hash(bytearray(b"x"))), ("dict key", lambda: {bytearray(b"x"): 1}),
                    ("value", lambda: bytearray(b"x").__setitem__(0, 256)), ("pop empty", lambda: bytearray().pop()),
                    ("remove", lambda: bytearray(b"a").remove(98)), ("append str", lambda: bytearray().append("a")),
                    ("bytes item", delete_item)]:
    try:
        print(label, make())
    except Exception as error:
        print(label, type(error).__name__, error)
