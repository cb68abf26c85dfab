"""Equal tuples hash alike; tuples holding lists are unhashable."""
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0))
d = {(1, "a"): "first"}
print(d[(1.0, "a")])
try:
    {([1], 2): "x"}
except TypeError as error:
    print("TypeError:", error)
