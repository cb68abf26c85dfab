"""collections.Counter: counting, most_common, arithmetic."""
from collections import Counter
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"])
words = Counter("the cat the hat the end".split())
print(words, words.most_common(1))
a, b = Counter(x=3, y=1), Counter(x=1, y=2)
print(a + b, a - b, sorted((a & b).items()), sorted((a | b).items()))
print(sum(c.values()), list(Counter([3, 1, 3, 2]).elements()))
