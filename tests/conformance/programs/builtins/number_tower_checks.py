"""int and float built from each other and from strings with round trips."""
for text in ("0", "-12", "3.0", "1e2", "0.1"):
    f = float(text)
    print(text, f, int(f), f == int(f), repr(str(f)))
print(int(float("7")) == 7, float(int("7")) == 7.0)
print(round(float("2.675"), 2), int("-0"), float("-0"))
