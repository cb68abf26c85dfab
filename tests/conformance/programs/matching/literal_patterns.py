"""match with literal patterns and a wildcard."""
def status(code):
    match code:
        case 200:
            return "ok"
        case 404:
            return "not found"
        case "teapot":
            return "I'm a teapot"
        case _:
            return "other"
print([status(c) for c in (200, 404, "teapot", 500, "200")])
