"""Booleans are integers in arithmetic."""
print(True + True, True * 3, False - 1, True / 2)
print(sum([True, False, True, True]), int(True), isinstance(True, int))
print(True == 1, False == 0, True + 0 == 1)
flags = [x > 2 for x in range(6)]
print(flags, flags.count(True))
