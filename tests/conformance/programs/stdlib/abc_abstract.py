"""abc.ABC and abstractmethod prevent instantiating incomplete classes."""
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as error:
    print("TypeError:", error)
