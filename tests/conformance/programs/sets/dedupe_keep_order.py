"""Removing duplicates while keeping first-seen order."""
items = [3, 1, 3, 2, 1, 5, 2]
seen = set()
unique = []
for item in items:
    if item not in seen:
        seen.add(item)
        unique.append(item)
print(unique, len(seen), list(dict.fromkeys(items)))
