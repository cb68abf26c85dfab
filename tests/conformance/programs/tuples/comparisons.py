"""Tuples compare lexicographically and sort that way."""
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), () < (0,))
scores = [("bob", 3), ("amy", 3), ("cal", 1)]
print(sorted(scores, key=lambda s: (-s[1], s[0])))
print(max((1, "b"), (1, "a")), min([(2, 0), (1, 5)]))
