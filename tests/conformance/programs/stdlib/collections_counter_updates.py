"""Counter.update, subtract, total, elements and in-place arithmetic."""
from collections import Counter
stock = Counter(apples=3, pears=1)
stock.update(["apples", "plums", "plums"])
stock.update({"pears": 4})
print(stock, stock.total())
stock.subtract(apples=5, kiwis=1)
print(stock, stock["kiwis"], stock["nothing"])
print(sorted(list(stock.elements())), stock.most_common(2))
basket = Counter("banana")
basket += Counter("ban")
print(basket)
basket -= Counter(a=10)
print(basket, Counter(a=2) == Counter(a=2, b=0), Counter("ab") <= Counter("abc"))
words = Counter()
for word in "the cat saw the other cat".split():
    words[word] += 1
print(words.most_common(1), len(words), dict(words))
