"""One except clause catching a tuple of classes."""
def risky(kind):
    if kind == "key":
        return {}["x"]
    if kind == "index":
        return [][0]
    if kind == "value":
        return int("v")
    return "fine"
for kind in ("key", "index", "value", "none"):
    try:
        print(risky(kind))
    except (KeyError, IndexError) as error:
        print("lookup", type(error).__name__)
    except ValueError:
        print("value")
