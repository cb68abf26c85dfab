"""Workload: making text, then tokenizing, counting and reporting on it.

A pseudo-random generator (small integers only, so every runtime computes the same sequence)
writes sentences from a vocabulary. The text is then split into lines and words, cleaned with
replace/strip/lower, counted in dicts (words, word pairs, word lengths), sorted by frequency,
and formatted into a report with f-strings and format specs. The checksum sums the report's
line lengths with their positions and shows its first lines.
"""

ROUNDS = 60
LINES = 1500
WORDS_PER_LINE = 14

VOCABULARY = ("time person year way day thing man world life hand part child eye woman place "
              "work week case point government company number group problem fact be have do "
              "say get make go know take see come think look want give use find tell ask seem "
              "feel try leave call good new first last long great little own other old right "
              "big high different small large next early young important few public bad same "
              "able to of in for on with at by from up about into over after beneath under "
              "above the and a that I it not he as you this but his they her she or an will my "
              "one all would there their").split()


class Random:
    """A linear congruential generator whose products stay below 2**53."""

    def __init__(self, seed):
        self.state = seed

    def next(self, limit):
        self.state = (self.state * 75 + 74) % 65537
        return self.state % limit


def make_text(seed):
    random = Random(seed)
    lines = []
    for _ in range(LINES):
        words = []
        for position in range(WORDS_PER_LINE):
            word = VOCABULARY[random.next(len(VOCABULARY))]
            if position == 0:
                word = word.capitalize()
            choice = random.next(11)
            if choice == 0:
                word = word + ","
            elif choice == 1:
                word = word + "."
            elif choice == 2:
                word = "  " + word
            words.append(word)
        lines.append(" ".join(words) + ".")
    return "\n".join(lines)


def tokenize(text):
    words = []
    for line in text.split("\n"):
        cleaned = line.replace(",", " ").replace(".", " ").strip().lower()
        for word in cleaned.split():
            if word:
                words.append(word)
    return words


def count(words):
    counts = {}
    pairs = {}
    lengths = {}
    previous = None
    for word in words:
        counts[word] = counts.get(word, 0) + 1
        size = len(word)
        lengths[size] = lengths.get(size, 0) + 1
        if previous is not None:
            pair = f"{previous}+{word}"
            if pair in pairs:
                pairs[pair] += 1
            else:
                pairs[pair] = 1
        previous = word
    return counts, pairs, lengths


def by_frequency(counts):
    """(word, count) items, most frequent first, ties in alphabetical order."""
    ordered = sorted(counts.items(), key=lambda item: item[0])
    return sorted(ordered, key=lambda item: item[1], reverse=True)


def report(words, counts, pairs, lengths):
    total = len(words)
    lines = [f"{total} words, {len(counts)} distinct, {len(pairs)} pairs"]
    for rank, (word, number) in enumerate(by_frequency(counts)[:40]):
        share = 100.0 * number / total
        lines.append(f"{rank + 1:>3}. {word:<14}{number:>7} {share:6.2f}%")
    for pair, number in by_frequency(pairs)[:20]:
        left, right = pair.split("+")
        lines.append(f"     {left.upper()} then {right}: {number}")
    for size in sorted(lengths.keys()):
        lines.append(f"length {size:>2}: {'#' * (lengths[size] * 60 // total)}")
    return "\n".join(lines)


def main():
    checksum = 0
    text = ""
    for round_number in range(ROUNDS):
        text = report_for(round_number + 1)
        for position, line in enumerate(text.split("\n")):
            checksum = (checksum + (position + 1) * len(line)) % 1000000007
    first = text.split("\n")[:3]
    print("strings", checksum, " | ".join(line.strip() for line in first))


def report_for(seed):
    text = make_text(seed)
    words = tokenize(text)
    counts, pairs, lengths = count(words)
    return report(words, counts, pairs, lengths)


main()
