"""Recursive functions: factorial, Fibonacci with a memo, permutations."""
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
def perms(items):
    if len(items) <= 1:
        return [items]
    return [[x] + p for i, x in enumerate(items) for p in perms(items[:i] + items[i + 1:])]
print(factorial(10), fib(30), len(memo))
print(perms([1, 2, 3]))
