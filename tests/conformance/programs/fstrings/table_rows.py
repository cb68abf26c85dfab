"""Aligned columns built with f-strings."""
rows = [("Widget", 3, 4.5), ("Gadget", 12, 19.99), ("Thingamajig", 1, 120.0)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}")
for item, qty, price in rows:
    print(f"{item:<12}{qty:>5}{price:>10.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'Total':<12}{'':>5}{total:>10,.2f}")
