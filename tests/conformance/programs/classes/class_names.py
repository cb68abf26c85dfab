"""type(obj).__name__, __class__ and class __name__."""
class Thing:
    def kind(self):
        return type(self).__name__
class SubThing(Thing):
    pass
t, s = Thing(), SubThing()
print(t.kind(), s.kind(), s.__class__.__name__, SubThing.__name__, Thing.__qualname__)
print(type(s) == SubThing, s.__class__ is SubThing, SubThing.__bases__[0].__name__)
