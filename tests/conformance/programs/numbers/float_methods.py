"""Methods on numbers: is_integer, as_integer_ratio, bit_length, conjugate-free basics."""
print((3.0).is_integer(), (3.5).is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio())
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (1024).bit_length())
print((7).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))
