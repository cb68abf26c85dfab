"""str.split and rsplit with and without separators and limits."""
print("a b  c\td\n".split())
print("a,b,,c".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 1))
print("  lead and trail  ".split(" "))
print("".split(), "".split(","), "abc".split("x"))
print("k=v=w".split("=", 1), "one  two".rsplit(None, 1))
print("a::b::c".split("::"))
