"""% formatting with the wrong number or kind of arguments raises TypeError."""
cases = [lambda: "%s %s" % ("a",), lambda: "%s" % (1, 2), lambda: "%d" % "x"]
for case in cases:
    try:
        print(case())
    except TypeError as error:
        print("TypeError:", error)
print("%s" % "single", "%s" % 5)
