"""nonlocal lets an inner function rebind an enclosing variable."""
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2())
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer())
