"""int, float, bool, str conversions of assorted values."""
print(int("  12 "), int(True), int(-7.9), float("1e3"), float("-inf"), float(" 3.25 "))
print(bool("False"), bool(0.0), bool([]), bool("0"), str(3.0), str(-12), str(True))
print(float(True), int(float("2.5")), bool(None), str(b"x"))
for text in ("10", "0", "-3"):
    print(int(text) + 1, float(text) / 2, bool(int(text)))
