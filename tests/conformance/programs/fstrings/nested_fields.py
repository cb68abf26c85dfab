"""Nested replacement fields inside format specs."""
value, width, precision = 3.14159, 10, 3
print(f"[{value:{width}.{precision}f}]")
fill, align = "*", "^"
print(f"[{'hi':{fill}{align}{width}}]")
for w in (4, 6):
    print(f"[{42:>{w}}]")
