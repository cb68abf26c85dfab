"""Counting occurrences with get and with in."""
text = "the cat and the hat and the bat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
letters = {}
for ch in text.replace(" ", ""):
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
