"""The in operator on strings."""
s = "conformance"
print("form" in s, "x" in s, "" in s, "Con" in s, "CON".lower() in s)
print([c for c in "aeiou" if c in s])
print("a" not in "bcd")
