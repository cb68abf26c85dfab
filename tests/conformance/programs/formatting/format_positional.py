"""str.format with automatic, numbered and repeated fields."""
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{0}{0}{0}".format("ha"))
print("{}".format([1, 2]), "{}".format(None), "{!r}".format("q"))
