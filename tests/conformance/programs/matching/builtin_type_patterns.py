"""Class patterns on builtin types: int(), str(), list() and captures like float(x)."""
def typed(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(x):
            return f"float {x}"
        case str() as s if s:
            return f"text {s}"
        case str():
            return "empty text"
        case list() | tuple():
            return f"sequence of {len(value)}"
        case dict():
            return "mapping"
        case None:
            return "none"
print([typed(v) for v in (True, 3, 2.5, "hi", "", [1], (1, 2), {}, None)])
