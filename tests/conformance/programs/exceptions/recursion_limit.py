"""Unbounded recursion raises RecursionError, which can be caught."""
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError:
    print("RecursionError caught")
print(issubclass(RecursionError, RuntimeError))
