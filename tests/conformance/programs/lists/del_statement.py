"""del on list items and slices."""
xs = list("abcdefgh")
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs)
