"""vars() and __dict__ show instance attributes in assignment order."""
class Box:
    color = "red"
    def __init__(self, w, h):
        self.w = w
        self.h = h
b = Box(2, 3)
b.label = "gift"
print(vars(b), b.__dict__ == vars(b), "color" in vars(b))
