"""getattr with a default, hasattr, setattr on objects and modules' functions."""
class Obj:
    a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "b", "fallback"), getattr(o, "b", None), hasattr(o, "a"))
setattr(o, "b", 2)
print(o.b, getattr(o, "b", "fallback"))
print(getattr("text", "upper")(), getattr([], "append") is not None)
