"""itertools functions are lazy: they work on endless iterators and consume only what they need."""
from itertools import accumulate, count, cycle, dropwhile, islice, pairwise, takewhile, zip_longest
def naturals():
    n = 1
    while True:
        print("made", n)
        yield n
        n += 1
def evens():
    for n in naturals():
        if n % 2 == 0:
            yield n
print(list(islice(evens(), 2)))
print(list(takewhile(lambda n: n < 3, naturals())))
def squares():
    for n in count(1):
        yield n * n
print(next(dropwhile(lambda s: s < 50, squares())))
print(list(islice(accumulate(count(1)), 5)), list(islice(pairwise(count()), 3)))
colors = cycle(["red", "green"])
print([next(colors) for _ in range(3)])
print(list(islice(zip_longest(count(), "ab"), 4)))
