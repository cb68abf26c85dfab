"""Mapping patterns match keys and capture the rest."""
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click {x},{y}"
        case {"type": "key", "key": key, **rest}:
            return f"key {key} extra={rest}"
        case {"type": t}:
            return f"unknown {t}"
        case _:
            return "not an event"
print(handle({"type": "click", "x": 1, "y": 2, "button": "left"}))
print(handle({"type": "key", "key": "q", "shift": True}))
print(handle({"type": "scroll"}), handle([1]))
