"""Assignment expressions inside comprehensions bind in the enclosing scope."""
def cost(n):
    return n * n - 10
results = [y for x in range(6) if (y := cost(x)) > 0]
print(results, y)
total = 0
running = [total := total + n for n in [1, 2, 3, 4]]
print(running, total)
