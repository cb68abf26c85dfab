"""min and max with key, default, several arguments and ties."""
words = ["bb", "a", "ccc", "dd"]
print(max(words), min(words), max(words, key=len), min(words, key=len), max(3, 9, 2), min("zebra"))
print(max([], default="none"), min([2, 1], default=0), max(["ab", "cd"], key=len))
print(max([(1, "b"), (1, "a")]), min({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]))
try:
    max([])
except ValueError as error:
    print("ValueError:", error)
