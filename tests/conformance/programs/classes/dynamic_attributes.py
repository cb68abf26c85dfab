"""getattr, setattr, hasattr and delattr on instances."""
class Config:
    debug = False
c = Config()
setattr(c, "level", 3)
print(getattr(c, "level"), getattr(c, "missing", "default"), hasattr(c, "debug"), hasattr(c, "nope"))
delattr(c, "level")
print(hasattr(c, "level"))
try:
    getattr(c, "nope")
except AttributeError as error:
    print("AttributeError:", error)
for name in ("debug", "level"):
    print(name, getattr(c, name, None))
