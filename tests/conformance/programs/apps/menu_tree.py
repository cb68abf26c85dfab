"""Rendering a nested navigation menu and finding a breadcrumb path."""
MENU = {"label": "Home", "children": [
    {"label": "Products", "children": [
        {"label": "Laptops", "children": []},
        {"label": "Phones", "children": [{"label": "Android", "children": []},
                                         {"label": "iOS", "children": []}]}]},
    {"label": "About", "children": []}]}
def render(node, depth=0, last=True, prefix=""):
    connector = "" if depth == 0 else ("└─ " if last else "├─ ")
    lines = [prefix + connector + node["label"]]
    child_prefix = prefix + ("" if depth == 0 else ("   " if last else "│  "))
    for i, child in enumerate(node["children"]):
        lines += render(child, depth + 1, i == len(node["children"]) - 1, child_prefix)
    return lines
def path_to(node, label):
    if node["label"] == label:
        return [label]
    for child in node["children"]:
        found = path_to(child, label)
        if found:
            return [node["label"]] + found
    return []
print("\n".join(render(MENU)))
print(" / ".join(path_to(MENU, "iOS")), path_to(MENU, "Missing"))
