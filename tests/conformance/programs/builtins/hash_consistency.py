"""Equal values hash equally across int, float, bool and tuples."""
print(hash(1) == hash(1.0) == hash(True), hash((1, "a")) == hash((1, "a")), hash("x") == hash("x"))
try:
    hash([1])
except TypeError as error:
    print("TypeError:", error)
try:
    hash({"a": 1})
except TypeError as error:
    print("TypeError:", error)
