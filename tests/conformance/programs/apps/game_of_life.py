"""A few generations of Conway's Game of Life on a small wrapping grid."""
def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = sum(grid[(r + dr) % rows][(c + dc) % cols]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
            row.append(1 if n == 3 or (grid[r][c] and n == 2) else 0)
        new.append(row)
    return new
grid = [[0] * 6 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for generation in range(4):
    print(f"gen {generation}, alive {sum(map(sum, grid))}")
    for row in grid:
        print("".join("#" if cell else "." for cell in row))
    grid = step(grid)
