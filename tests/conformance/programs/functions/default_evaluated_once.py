"""Default values are evaluated when the function is defined."""
calls = []
def make_default():
    calls.append("made")
    return len(calls)
def f(x=make_default()):
    return x
print(f(), f(), f(10), calls)
n = 5
def g(value=n):
    return value
n = 6
print(g())
