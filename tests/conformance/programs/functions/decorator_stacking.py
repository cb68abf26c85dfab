"""Stacked decorators apply bottom-up and run top-down."""
def tag(name):
    def decorate(func):
        def wrapper():
            return f"<{name}>{func()}</{name}>"
        return wrapper
    return decorate
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
order = []
def mark(label):
    order.append(f"define {label}")
    def decorate(func):
        order.append(f"apply {label}")
        return func
    return decorate
@mark("outer")
@mark("inner")
def f():
    pass
print(order)
