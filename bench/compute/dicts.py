"""Workload: records kept in dicts, indexed, grouped, updated and merged.

Each round makes a list of employee records (dicts with string keys), indexes them by id (int
keys) and by name, groups them by department and city, keeps running totals per department,
applies a batch of updates (raises, transfers, departures), merges per-city settings over
defaults, builds histograms with int keys and inverts a mapping. The checksum combines counts
and sums from every step.
"""

ROUNDS = 60
RECORDS = 15000

DEPARTMENTS = ["sales", "research", "support", "finance", "legal", "operations", "design"]
CITIES = ["Lyon", "Porto", "Gdansk", "Tampere", "Ghent", "Brno", "Cork", "Graz", "Bergen"]
FIRST = ["Ada", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu"]
LAST = ["Moss", "Nash", "Orr", "Park", "Quinn", "Reed", "Shaw", "Tate", "Urey", "Vale"]
DEFAULTS = {"currency": "EUR", "office_days": 3, "parking": False, "floor": 1, "badge": "blue"}


def make_records(seed, count):
    records = []
    state = seed
    for number in range(count):
        state = (state * 75 + 74) % 65537
        records.append({
            "id": 1000 + number * 7 + seed,
            "name": FIRST[state % len(FIRST)] + " " + LAST[(state // 13) % len(LAST)] + " " + str(number % 97),
            "dept": DEPARTMENTS[state % len(DEPARTMENTS)],
            "city": CITIES[(state // 7) % len(CITIES)],
            "age": 20 + state % 45,
            "salary": 30000 + (state * 37) % 50000,
        })
    return records


def group_by(records, field):
    groups = {}
    for record in records:
        key = record[field]
        if key not in groups:
            groups[key] = []
        groups[key].append(record)
    return groups


def department_totals(records):
    totals = {}
    for record in records:
        entry = totals.setdefault(record["dept"], {"people": 0, "payroll": 0, "oldest": 0})
        entry["people"] += 1
        entry["payroll"] += record["salary"]
        if record["age"] > entry["oldest"]:
            entry["oldest"] = record["age"]
    return totals


def apply_updates(by_id, records, seed):
    """Raise some, move some to another department, remove some; return how many were removed."""
    removed = 0
    for index in range(0, len(records), 3):
        ident = records[index]["id"]
        if index % 2 == 0:
            by_id[ident]["salary"] += 1000 + index % 500
        elif index % 5 == 0:
            record = by_id[ident]
            record["dept"] = DEPARTMENTS[(index + seed) % len(DEPARTMENTS)]
            record["moved"] = True
        elif index % 7 == 0:
            del by_id[ident]
            removed += 1
        if (ident + 7) in by_id:
            by_id[ident + 7]["age"] += 1
    return removed


def city_settings(records):
    settings = {}
    for city, people in group_by(records, "city").items():
        merged = dict(DEFAULTS)
        merged.update({"floor": len(people) % 5 + 1, "staff": len(people)})
        if len(people) > len(records) // len(CITIES):
            merged["parking"] = True
        settings[city] = merged
    return settings


def histogram(records, field, width):
    counts = {}
    for record in records:
        bucket = record[field] // width * width
        counts[bucket] = counts.get(bucket, 0) + 1
    return counts


def one_round(seed):
    records = make_records(seed, RECORDS)
    by_id = {}
    by_name = {}
    for record in records:
        by_id[record["id"]] = record
        by_name[record["name"]] = record["id"]
    removed = apply_updates(by_id, records, seed)
    remaining = list(by_id.values())
    totals = department_totals(remaining)
    big = {dept: entry["payroll"] // entry["people"] for dept, entry in totals.items() if entry["people"] > 10}
    settings = city_settings(remaining)
    ages = histogram(remaining, "age", 5)
    pay = histogram(remaining, "salary", 10000)
    names_by_id = {}
    for name, ident in by_name.items():
        if ident in by_id:
            names_by_id[ident] = name
    moved = 0
    for record in remaining:
        if record.get("moved", False):
            moved += 1
    checksum = removed * 7 + moved * 11 + len(names_by_id)
    for dept in sorted(totals.keys()):
        entry = totals[dept]
        checksum += entry["people"] * 3 + entry["payroll"] % 1000 + entry["oldest"]
    for dept, average in big.items():
        checksum += average % 97
    for city, merged in settings.items():
        checksum += merged["staff"] + merged["floor"] + (5 if merged["parking"] else 0) + len(city)
    for bucket in sorted(ages.keys()):
        checksum += bucket * ages[bucket]
    for bucket, number in pay.items():
        checksum += bucket // 1000 * number
    return checksum % 1000000007


def main():
    total = 0
    last = 0
    for seed in range(1, ROUNDS + 1):
        last = one_round(seed)
        total = (total + last * seed) % 1000000007
    print("dicts", last, total)


main()
