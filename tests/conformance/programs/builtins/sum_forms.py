"""sum with a start value, floats and lists."""
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2, 0.3]), sum([]), sum(range(5), start=-10))
print(sum([[1], [2, 3]], []), sum((True, True)), sum([1.5, 2]))
prices = {"a": 1.25, "b": 2.5}
print(sum(prices.values()), sum(len(k) for k in prices))
print(sum(x * x for x in range(1, 4)), sum([], 0.0))
