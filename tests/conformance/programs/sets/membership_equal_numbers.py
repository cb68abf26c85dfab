"""Set membership uses equality and hashing: 1, 1.0 and True coincide."""
s = {1, 2, 3}
print(1.0 in s, True in s, "1" in s, 0 in s, False in s)
mixed = {1, 1.0, True}
print(len(mixed))
print(len({"a", "a", "b"}), len({(1, 2), (1, 2)}))
