"""yield from delegates to another iterable or generator."""
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("got", result)
    yield from "ab"
    yield from range(3, 5)
print(list(outer()))
