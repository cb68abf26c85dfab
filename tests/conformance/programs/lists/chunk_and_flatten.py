"""Splitting a list into chunks and flattening it back."""
items = list(range(1, 11))
size = 3
chunks = [items[i:i + size] for i in range(0, len(items), size)]
print(chunks)
flat = [x for chunk in chunks for x in chunk]
print(flat == items, sum(chunks, []) == items)
print([sum(c) for c in chunks], max(chunks, key=len))
