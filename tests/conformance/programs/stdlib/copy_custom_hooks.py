"""copy: __copy__/__deepcopy__ hooks, shared references, cycles and dict subclasses."""
import copy
from collections import defaultdict
class Config:
    def __init__(self, name, values):
        self.name = name
        self.values = values
        self.version = 1
    def __deepcopy__(self, memo):
        clone = Config(self.name + "-copy", copy.deepcopy(self.values, memo))
        clone.version = self.version + 1
        return clone
class Handle:
    def __init__(self, fd):
        self.fd = fd
    def __copy__(self):
        return Handle(self.fd + 100)
base = Config("base", [1, [2]])
clone = copy.deepcopy(base)
clone.values[1].append(3)
print(base.name, base.values, clone.name, clone.values, clone.version)
print(copy.copy(Handle(1)).fd, copy.deepcopy(Handle(2)).fd)
shared = {"k": [0]}
pair = [shared, shared]
twin = copy.deepcopy(pair)
twin[0]["k"].append(1)
print(twin[1]["k"], pair[0]["k"], twin[0] is twin[1])
ring = {"name": "ring"}
ring["self"] = ring
ring_copy = copy.deepcopy(ring)
print(ring_copy["self"] is ring_copy, ring_copy is ring)
groups = defaultdict(list, {"a": [1]})
groups_copy = copy.deepcopy(groups)
groups_copy["a"].append(2)
groups_copy["b"].append(3)
print(groups, groups_copy, type(groups_copy).__name__)
flat = copy.copy([[1], [2]])
flat[0].append(9)
print(flat, copy.copy({1, 2}) == {1, 2}, copy.deepcopy((1, "a")) == (1, "a"))
