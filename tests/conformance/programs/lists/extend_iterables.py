"""extend and += accept any iterable; append adds one item."""
xs = []
xs += "ab"
xs += (1, 2)
xs += range(3, 5)
xs.extend(x for x in [9])
xs.extend({"k": 1})
print(xs)
ys = []
ys.append("ab")
ys.append((1, 2))
print(ys, len(ys))
