"""print with sep and end, no arguments and several types."""
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print()
print(1, 2.0, None, True, [1], sep=" | ", end=" <end>\n")
print("x", "y", sep="")
print(*[1, 2, 3])
print(*"abc", sep=",")
