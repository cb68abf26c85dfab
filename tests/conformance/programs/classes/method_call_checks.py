"""Wrong arguments to methods, static and class methods, constructors, nested functions and lambdas: qualified names."""
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
