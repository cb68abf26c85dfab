"""A subclass overrides a property of its base."""
class Shape:
    @property
    def name(self):
        return "shape"
    @property
    def sides(self):
        return 0
    def describe(self):
        return f"{self.name} with {self.sides} sides"
class Square(Shape):
    @property
    def name(self):
        return "square"
    @property
    def sides(self):
        return 4
class Tri(Shape):
    name = "triangle"
print(Shape().describe(), "|", Square().describe(), "|", Tri().describe())
