"""Negative indices read and write from the end of a list."""
xs = [10, 20, 30, 40]
print(xs[-1], xs[-2], xs[-4], xs[len(xs) - 1])
xs[-1] = 99
xs[-3] += 5
print(xs)
last = xs[-1] if xs else None
print(last)
