"""String repetition and concatenation."""
print("ab" * 3, 3 * "xy", repr("a" * 0), repr("ab" * -2))
line = ""
for i in range(4):
    line += str(i) + ","
print(line)
print("-" * 20)
print(("=" + "-") * 3)
