"""removeprefix, removesuffix, splitlines and expandtabs."""
print("test_name".removeprefix("test_"), "name".removeprefix("test_"))
print("photo.jpeg".removesuffix(".jpeg"), "photo".removesuffix(".jpeg"))
print("a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("a\tb\tc".expandtabs(4), "abc".isascii(), "é".isascii())
