"""AttributeError on missing attributes of instances, None and builtins."""
class Point:
    def __init__(self):
        self.x = 1
for target, name in ((Point(), "z"), (None, "x"), ("text", "push"), ([], "size")):
    try:
        getattr(target, name)
    except AttributeError as error:
        print("AttributeError:", error)
try:
    None.strip()
except AttributeError as error:
    print("AttributeError:", error)
