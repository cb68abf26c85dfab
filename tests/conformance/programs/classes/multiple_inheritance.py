"""Multiple inheritance follows the MRO, and super() cooperates along it."""
class Base:
    def setup(self):
        return ["Base"]
class Left(Base):
    def setup(self):
        return ["Left"] + super().setup()
class Right(Base):
    def setup(self):
        return ["Right"] + super().setup()
class Both(Left, Right):
    def setup(self):
        return ["Both"] + super().setup()
print(Both().setup())
print([c.__name__ for c in Both.__mro__])
class Named:
    label = "named"
class Sized:
    size = 3
class Item(Named, Sized):
    pass
print(Item.label, Item().size)
