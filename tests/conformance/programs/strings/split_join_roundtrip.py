"""Normalising whitespace and rebuilding text."""
raw = "  many   spaces\there \n and  there "
words = raw.split()
print(words)
print(" ".join(words))
print("_".join(w.capitalize() for w in words))
print(" ".join(reversed(words)))
