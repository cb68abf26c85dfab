"""Turning a URL path into breadcrumb links with readable titles."""
def breadcrumbs(path):
    parts = [p for p in path.strip("/").split("/") if p]
    crumbs = [("Home", "/")]
    for i, part in enumerate(parts):
        title = part.replace("-", " ").replace("_", " ").title()
        crumbs.append((title, "/" + "/".join(parts[: i + 1]) + "/"))
    return crumbs
for path in ["/", "/docs/getting-started/", "/shop/mens_shoes/size-42"]:
    trail = breadcrumbs(path)
    print(" > ".join(f"{t}" for t, _ in trail))
    print("   ", [href for _, href in trail])
