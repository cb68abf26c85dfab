"""functools.lru_cache and cache memoize calls."""
from functools import lru_cache, cache
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), calls)
@cache
def square(n):
    print("computing", n)
    return n * n
print(square(4), square(4), fib.cache_info().hits > 0)
