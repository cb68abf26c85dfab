"""Tuples as dictionary keys and set members."""
grid = {}
for r in range(2):
    for c in range(2):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[(1, 0)], grid[1, 1], (0, 1) in grid, (5, 5) in grid)
seen = {(1, 2), (1, 2), (2, 1)}
print(len(seen), sorted(seen))
