"""+, * and += on lists, and repetition aliasing inner lists."""
a, b = [1, 2], [3]
print(a + b, b * 3, 2 * a, a * 0, [] + [])
c = a
c += [9]
print(a, c is a)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
fresh = [[0] * 3 for _ in range(2)]
fresh[0][0] = 1
print(fresh)
