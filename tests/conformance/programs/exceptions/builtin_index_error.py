"""IndexError from lists, strings, tuples and ranges."""
for seq in ([1, 2], "ab", (1,), range(2)):
    try:
        seq[5]
    except IndexError as error:
        print(type(seq).__name__, "IndexError:", error)
