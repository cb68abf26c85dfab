"""enumerate with and without start."""
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
for i, ch in enumerate("xy", start=-1):
    print(i, ch)
letters = ["x", "y", "z"]
print({i: c for i, c in enumerate(letters, 10)})
print([i * c for i, c in enumerate(letters)])
