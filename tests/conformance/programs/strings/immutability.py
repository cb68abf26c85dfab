"""Strings are immutable: item assignment raises TypeError."""
s = "hello"
try:
    s[0] = "j"
except TypeError as error:
    print("TypeError:", error)
t = "j" + s[1:]
print(s, t)
try:
    print("abc"[5])
except IndexError as error:
    print("IndexError:", error)
