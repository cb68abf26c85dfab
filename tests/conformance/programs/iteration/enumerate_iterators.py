"""enumerate over iterators shares their position."""
it = iter("abcdef")
for i, ch in enumerate(it):
    if i == 1:
        break
print(ch, list(it))
pairs = enumerate(["x", "y"], start=5)
print(next(pairs), list(pairs))
