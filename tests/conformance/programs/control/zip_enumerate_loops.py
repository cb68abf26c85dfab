"""Unpacking in for loops with zip and enumerate."""
names = ["ann", "ben", "cy"]
scores = [91, 78, 85]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(rank, name, score)
for a, b, c in [(1, 2, 3), (4, 5, 6)]:
    print(a + b + c)
