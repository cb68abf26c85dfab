"""reverse, reversed, copy and list() give new or reordered lists."""
xs = [1, 2, 3]
ys = xs.copy()
ys.reverse()
print(xs, ys, list(reversed(xs)), xs[::-1])
zs = list(xs)
zs.append(4)
print(xs, zs, xs == zs[:3], xs is zs)
