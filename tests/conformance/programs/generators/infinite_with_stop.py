"""An infinite generator stopped by the consumer."""
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
taken = []
for n in naturals():
    if n > 5:
        break
    taken.append(n)
print(taken)
def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) == n:
            break
        result.append(item)
    return result
print(take(4, (x * x for x in naturals(10))))
