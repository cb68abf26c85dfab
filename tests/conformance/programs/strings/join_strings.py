"""str.join over lists, tuples, generators and single items."""
print(", ".join(["a", "b", "c"]))
print("".join(("x", "y")), "-".join("abc"), "|".join([]))
print(" ".join(str(n) for n in range(5)))
print("\n".join(["line1", "line2"]))
try:
    ",".join([1, 2])
except TypeError as error:
    print("TypeError:", error)
