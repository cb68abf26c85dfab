"""Floats without a format spec use repr."""
print(f"{0.1 + 0.2} {1e16} {3.0} {1 / 3} {2.5e-8} {-0.0}")
print(f"{10 / 2} {7 // 2} {2 ** 0.5}")
for x in (1.0, 0.5, 100.25, 1e-7):
    print(f"value={x}", f"{x!r}", f"{x!s}")
