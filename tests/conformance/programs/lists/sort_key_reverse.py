"""list.sort with key and reverse."""
words = ["banana", "Apple", "cherry", "fig", "date"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
