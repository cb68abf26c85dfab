"""copy.copy shares nested objects; copy.deepcopy does not."""
import copy
original = {"name": "cfg", "items": [1, [2, 3]]}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["items"][1].append(4)
original["name"] = "changed"
print(original)
print(shallow)
print(deep)
class Node:
    def __init__(self, children):
        self.children = children
n = Node([Node([])])
m = copy.deepcopy(n)
print(m.children[0] is n.children[0], len(m.children))
