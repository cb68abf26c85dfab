"""Two-level counting with nested dicts."""
events = [("mon", "login"), ("mon", "logout"), ("tue", "login"), ("mon", "login")]
table = {}
for day, kind in events:
    per_day = table.setdefault(day, {})
    per_day[kind] = per_day.get(kind, 0) + 1
print(table)
for day in table:
    print(day, sum(table[day].values()))
