"""and/or return one of their operands, not a bool."""
print([] or "default", 0 and 5, "a" and "b", None or 0 or [], "" or None)
print(1 and [] and 3, [1] or 2, 0 or 0.0, {} and "x", "x" or "y")
name = ""
print(name or "anonymous")
items = None
print(len(items or []))
