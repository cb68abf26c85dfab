"""A Fibonacci generator consumed with zip and a counter."""
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([n for _, n in zip(range(12), fib())])
for i, n in enumerate(fib()):
    if n > 1000:
        print(i, n)
        break
