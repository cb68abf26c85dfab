"""Negative indices on strings."""
s = "python"
print(s[-1], s[-2], s[-6], s[len(s) - 1])
try:
    s[-7]
except IndexError as error:
    print("IndexError:", error)
print([s[-i] for i in range(1, 4)])
