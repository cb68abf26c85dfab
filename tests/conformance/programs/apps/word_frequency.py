"""Word frequencies: normalising, counting and ranking with ties broken alphabetically."""
TEXT = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness. The end!"""
words = []
for raw in TEXT.lower().split():
    word = raw.strip(".,;!?")
    if word:
        words.append(word)
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<8}{'#' * n} {n}")
print(len(words), "words,", len(counts), "distinct")
print("longest:", max(counts, key=lambda w: (len(w), w)))
