"""Diffing two lists of records by id: added, removed and changed fields."""
old = [{"id": 1, "name": "Ann", "role": "dev"}, {"id": 2, "name": "Bo", "role": "ops"},
       {"id": 3, "name": "Cy", "role": "dev"}]
new = [{"id": 1, "name": "Ann", "role": "lead"}, {"id": 3, "name": "Cy", "role": "dev"},
       {"id": 4, "name": "Di", "role": "qa"}]
before = {r["id"]: r for r in old}
after = {r["id"]: r for r in new}
added = sorted(after.keys() - before.keys())
removed = sorted(before.keys() - after.keys())
changed = {}
for key in sorted(before.keys() & after.keys()):
    fields = {f: (before[key][f], after[key][f]) for f in before[key] if before[key][f] != after[key][f]}
    if fields:
        changed[key] = fields
print("added", [after[k]["name"] for k in added])
print("removed", [before[k]["name"] for k in removed])
print("changed", changed)
