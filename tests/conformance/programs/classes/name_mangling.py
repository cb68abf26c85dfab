"""Double-underscore attributes are name-mangled per class."""
class Base:
    def __init__(self):
        self.__secret = "base"
    def reveal(self):
        return self.__secret
class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"
    def reveal_child(self):
        return self.__secret
c = Child()
print(c.reveal(), c.reveal_child(), c._Base__secret, c._Child__secret)
print(hasattr(c, "__secret"))
