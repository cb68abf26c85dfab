"""zip stops at the shortest input; zip(*rows) transposes."""
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [], [2])))
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)), [list(col) for col in zip(*rows)])
print(dict(zip(["a", "b"], range(10))))
