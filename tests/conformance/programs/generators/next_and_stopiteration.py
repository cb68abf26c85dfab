"""next() with and without a default on an exhausted generator."""
def two():
    yield "a"
    yield "b"
g = two()
print(next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
