"""A for loop's variable keeps its last value after the loop."""
for i in range(5):
    pass
print(i)
for word in ["a", "b"]:
    last = word.upper()
print(word, last)
j = "unchanged"
for j in []:
    pass
print(j)
