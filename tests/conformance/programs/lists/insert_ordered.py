"""Keeping a list sorted while inserting."""
ordered = []
for value in [5, 1, 4, 1, 9, 2, 6]:
    i = 0
    while i < len(ordered) and ordered[i] <= value:
        i += 1
    ordered.insert(i, value)
    print(ordered)
