"""Recursive generators walking a nested structure."""
tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}]},
    {"name": "b", "children": []}]}
def walk(node, depth=0):
    yield depth, node["name"]
    for child in node["children"]:
        yield from walk(child, depth + 1)
for depth, name in walk(tree):
    print("  " * depth + name)
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
