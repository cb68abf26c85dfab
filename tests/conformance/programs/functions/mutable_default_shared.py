"""A mutable default is created once and shared between calls."""
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter())
