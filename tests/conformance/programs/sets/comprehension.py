"""Set comprehensions remove duplicates."""
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}))
print(sorted({n % 4 for n in range(20)}), len({c for c in "mississippi"}))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print(sorted({len(w) for w in words}))
