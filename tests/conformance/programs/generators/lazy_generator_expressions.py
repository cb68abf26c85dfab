"""Generator expressions run one item at a time, with several for and if clauses."""
log = []
def seen(x):
    log.append(x)
    return x
gen = (seen(x) * 10 for x in range(100) if x % 2)
print(next(gen), next(gen), log)
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
print(list(pairs))
table = {"a": 1, "b": 2, "c": 3}
print(sorted(k * v for k, v in table.items()), any(v > 2 for v in table.values()), log[-1])
matrix = [[1, 2], [3, 4]]
print(list(x for row in matrix for x in row), sum(x for row in matrix for x in row if x > 1))
def naturals():
    n = 0
    while True:
        n += 1
        yield n
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(3)])
limit = 2
small = (n for n in [1, 2, 3] if n <= limit)
limit = 3
print(list(small))
try:
    (x for x in 5)
except TypeError as error:
    print("TypeError:", error)
