"""itertools.groupby groups consecutive items by key."""
from itertools import groupby
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
