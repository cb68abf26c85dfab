"""A generator's return value travels in StopIteration.value."""
def gen():
    yield 1
    return "finished"
g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value:", stop.value)
