"""Empty containers, zero, None and the empty string are false in if."""
for value in ([], [1], {}, {"a": 1}, "", "x", 0, 7, 0.0, None, set(), {0}, (), (0,)):
    if value:
        print(repr(value), "is true")
    else:
        print(repr(value), "is false")
