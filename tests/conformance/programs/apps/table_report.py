"""Formatting a table of records with computed column widths."""
rows = [
    {"name": "Keyboard", "qty": 3, "price": 49.5},
    {"name": "Mouse", "qty": 12, "price": 19.99},
    {"name": "Monitor 27in", "qty": 1, "price": 289.0},
]
headers = ["name", "qty", "price", "total"]
for row in rows:
    row["total"] = row["qty"] * row["price"]
def cell(key, value):
    return f"{value:.2f}" if isinstance(value, float) else str(value)
widths = {h: max(len(h), *(len(cell(h, r[h])) for r in rows)) for h in headers}
line = "+" + "+".join("-" * (widths[h] + 2) for h in headers) + "+"
print(line)
print("| " + " | ".join(h.upper().ljust(widths[h]) for h in headers) + " |")
print(line)
for r in rows:
    parts = []
    for h in headers:
        text = cell(h, r[h])
        parts.append(text.ljust(widths[h]) if h == "name" else text.rjust(widths[h]))
    print("| " + " | ".join(parts) + " |")
print(line)
print(f"grand total: {sum(r['total'] for r in rows):,.2f}")
