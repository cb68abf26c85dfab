"""int() and str() conversions, with bases."""
print(int("42"), int(" -7 "), int("+8"), int("0042"))
print(int("ff", 16), int("101", 2), int("777", 8), int("z", 36))
print(int("0x1f", 16), int("0b11", 0), int("1_000"))
print(int(3.9), int(-3.9), int(True), int(False))
print(str(12) + str(34), str(-5), len(str(2 ** 20)))
print(float("3.5"), float(" 2 "), float("-1e3"), str(2.50))
