"""Rounding of decimal halves follows the binary value in every formatting style."""
for value in (0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675):
    print(value, "%.0f" % value, "{:.2f}".format(value), f"{value:.1f}", round(value, 2))
print("%.3f" % (2 / 3), "{:.3f}".format(1 / 3), f"{5 / 3:.4f}")
print("%.2e" % 12345.6789, "{:.1e}".format(0.000314))
