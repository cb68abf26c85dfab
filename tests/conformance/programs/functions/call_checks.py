"""Every way a call can pass the wrong arguments, with CPython's messages (qualified names)."""
def two(a, b):
    return a + b
def ranged(a, b=2, c=3):
    return a + b + c
def starred(first, *rest, flag=False):
    return first, rest, flag
def kw_any(a, **options):
    return a, sorted(options.items())
def pos_kw(a, /, b, **options):
    return a, b, sorted(options.items())
def needs_two_keywords(*, x, y, z=0):
    return x + y + z
class Shape:
    def __init__(self, width, height=1):
        self.width, self.height = width, height
    def scale(self, factor):
        return Shape(self.width * factor, self.height * factor)
    @staticmethod
    def unit(size):
        return Shape(size, size)
    @classmethod
    def square(cls, size):
        return cls(size, size)
def outer():
    def inner(value):
        return value
    return inner
def show(call):
    try:
        print("ok", call())
    except TypeError as error:
        print("TypeError:", error)
show(lambda: two())
show(lambda: two(1))
show(lambda: two(b=1))
show(lambda: two(1, 2, 3, 4))
show(lambda: two(1, 2, b=3))
show(lambda: two(1, 2, d=3))
show(lambda: two(b=2, a=1))
show(lambda: ranged())
show(lambda: ranged(1, 2, 3, 4))
show(lambda: ranged(1, c=5))
show(lambda: starred())
show(lambda: starred(1, 2, 3, flag=True))
show(lambda: starred(1, other=2))
show(lambda: kw_any(1, x=2, y=3))
show(lambda: kw_any(x=2))
show(lambda: pos_kw(1, 2, a=3))
show(lambda: pos_kw(a=1, b=2))
show(lambda: needs_two_keywords())
show(lambda: needs_two_keywords(x=1))
show(lambda: needs_two_keywords(1, x=1, y=2))
show(lambda: needs_two_keywords(x=1, y=2, z=3))
show(lambda: Shape())
show(lambda: Shape(1, 2, 3).width)
show(lambda: Shape(2).scale())
show(lambda: Shape(2).scale(2, 3))
show(lambda: Shape(2).scale(factor=3).width)
show(lambda: Shape.unit())
show(lambda: Shape.square(4, 5))
show(lambda: outer()())
show(lambda: (lambda x, y=1: x + y)())
show(lambda: (lambda: 1)(2))
show(lambda: two(*[1]))
show(lambda: two(**{"a": 1, "b": 2, "c": 3}))
show(lambda: two(*[1, 2], **{"b": 3}))
