"""format() with several specs."""
print(format(0.5, ".0%"), format(1234567, ","), format(42, "08b"), format("s", ">3"), format(3.14159, "e"))
print(format(-7, "+"), format(7, " "), format(1.0, "g"), format(12.0, ".3g"))
for n in (0, 7, 1234):
    print(format(n, "04d"), format(n, ">6,"), format(n / 8, ".3f"))
