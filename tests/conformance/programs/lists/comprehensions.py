"""List comprehensions: filters, nested loops, conditionals, transposes."""
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n > 2])
x = "outer"
print([x for x in "ab"], x)
