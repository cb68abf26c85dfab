"""upper, lower, title, capitalize, swapcase and casefold."""
s = "hello wORLD, it's 3pm"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("Straße".casefold(), "ǅ".lower())
