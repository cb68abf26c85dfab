"""Bitwise operators, including negatives and shifts past 32 bits."""
print(12 & 10, 12 | 10, 12 ^ 10, ~5, ~-1)
print(-8 >> 1, -1 >> 10, 1 << 40, 3 << 33)
print(-12 & 0xFF, -12 | 3, 0xF0 ^ 0xFF)
print(2 ** 40 >> 38, (1 << 62) | 1)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), flags & (1 << 3) != 0)
