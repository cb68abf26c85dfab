"""Mixing str and int in + and * raises TypeError."""
for op in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" - "b"):
    try:
        op()
    except TypeError as error:
        print("TypeError:", error)
print("a" + str(1), "a" * 2)
