"""Augmented assignment operators on numbers."""
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x /= 4; print(x)
y = 6
y &= 3; y |= 8; y ^= 1; y <<= 2; y >>= 1
print(y)
