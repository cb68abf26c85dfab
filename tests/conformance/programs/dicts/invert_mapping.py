"""Inverting a mapping, keeping the last or all keys for a value."""
colors = {"apple": "red", "banana": "yellow", "cherry": "red"}
print({v: k for k, v in colors.items()})
by_color = {}
for fruit, color in colors.items():
    by_color.setdefault(color, []).append(fruit)
print(by_color)
