"""Sorting strings case-insensitively and by length."""
words = ["pear", "Fig", "apple", "Banana", "kiwi", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
print(max(words, key=len), min(words, key=str.lower))
