"""Assigning to slices: replace, grow, shrink, insert and extended slices."""
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[-2:] = []
print(xs)
xs[::2] = [7, 7, 7, 7][: len(xs[::2])]
print(xs)
try:
    xs[::2] = [1]
except ValueError as error:
    print("ValueError:", error)
xs[len(xs):] = [8, 9]
print(xs)
