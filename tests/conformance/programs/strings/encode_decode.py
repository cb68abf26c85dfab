"""Encoding to UTF-8 bytes and decoding back."""
s = "héllo €"
data = s.encode("utf-8")
print(len(s), len(data), data[:3], data.decode("utf-8") == s)
print(list("ab".encode()), bytes([104, 105]).decode(), b"abc".upper())
