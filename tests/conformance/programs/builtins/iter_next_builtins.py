"""iter and next over a dict's items and a string, with a default."""
it = iter({"a": 1, "b": 2}.items())
print(next(it), next(it), next(it, ("end", None)))
chars = iter("hi")
print(next(chars) + next(chars), next(chars, "!"))
