"""center, ljust, rjust and zfill, with fill characters."""
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6) + "]")
print("[" + "x".ljust(4) + "]", "[" + "x".rjust(4, ".") + "]", "[" + "long".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
for word in ("go", "stop", "continue"):
    print("[" + word.center(8, "-") + "]", "[" + word.rjust(6) + "]", "[" + word.ljust(6, "_") + "]")
