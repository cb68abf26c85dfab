"""f-string precision for floats, with rounding half to even on exact halves."""
pi = 3.14159265
print(f"{pi:.2f} {pi:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {1.005:.2f}")
print(f"{pi:.3} {pi:.3g} {1234.5:.2g} {100:.2f} {pi:10.4f}|")
print(f"{2 / 3:.5f} {1e-7:.3f} {-0.0001:.2f}")
