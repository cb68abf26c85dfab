"""Numeric literals: underscores, hex, octal, binary, exponents."""
print(1_000_000, 0xFF, 0o17, 0b1010, 0XaB)
print(1e3, 1E-2, 2.5e+2, .5, 5.)
print(0b1111_0000, 0x_dead_beef)
values = [0x10, 0o10, 0b10, 10, 1_0, 1e1]
print(values, sum(values[:5]))
print(0xFFFF_FFFF, 1_000.5, 2e-3)
