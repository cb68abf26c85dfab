"""int and float methods: is_integer, as_integer_ratio, bit_length, bit_count, to_bytes, int.from_bytes."""
print((3.0).is_integer(), (3.5).is_integer(), (0.5).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (3.0).as_integer_ratio(), (0.1).as_integer_ratio())
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (1024).bit_length(), True.bit_length(), (7).bit_count())
print((7).to_bytes(2, "big"), (7).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (1024).to_bytes(length=2, byteorder="big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
for f in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: float("nan").as_integer_ratio(), lambda: float("inf").as_integer_ratio(), lambda: (1).to_bytes(1, "middle")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
