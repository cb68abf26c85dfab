"""List slicing with steps, negative bounds and out-of-range bounds."""
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2], xs[5:2], xs[-2:-5:-1])
copy = xs[:]
copy.append(10)
print(len(xs), len(copy), copy is xs)
