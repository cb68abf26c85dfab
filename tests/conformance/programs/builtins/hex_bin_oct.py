"""hex, bin and oct of positive and negative numbers, and back with int()."""
for n in (0, 5, 255, -255, 1 << 40):
    print(n, hex(n), bin(n), oct(n))
print(int(hex(255), 16), int(bin(5), 2), int(oct(8), 8), int("-0x10", 16))
value = 0xC0FFEE
print(value, hex(value)[2:].upper(), len(bin(value)) - 2)
