"""Sorting records by several keys and grouping them with subtotals."""
sales = [
    ("north", "alice", 120), ("south", "bob", 80), ("north", "carol", 200),
    ("east", "dave", 80), ("south", "erin", 150), ("north", "frank", 120),
]
by_region = {}
for region, rep, amount in sales:
    by_region.setdefault(region, []).append((rep, amount))
for region in sorted(by_region):
    reps = sorted(by_region[region], key=lambda ra: (-ra[1], ra[0]))
    total = sum(a for _, a in reps)
    print(f"{region} ({total})")
    for rep, amount in reps:
        print(f"  {rep:<6} {amount:>4}")
best = max(sales, key=lambda s: s[2])
print("best:", best)
ranking = sorted(by_region, key=lambda r: sum(a for _, a in by_region[r]), reverse=True)
print("regions by total:", ranking)
