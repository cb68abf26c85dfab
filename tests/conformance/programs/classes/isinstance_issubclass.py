"""isinstance and issubclass across a hierarchy and with tuples."""
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
class Other: pass
x = Leaf()
print(isinstance(x, Base), isinstance(x, Other), isinstance(x, (Other, Mid)))
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Leaf, Leaf), issubclass(Mid, (Other, Base)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object), isinstance(Leaf, type))
print(type(x) is Leaf, type(x) is Mid, type(x).__name__)
