"""append, extend and insert, including insert at negative and past-the-end positions."""
xs = [1, 2]
xs.append([3, 4])
print(xs)
xs.extend([5, 6])
xs.extend((7,))
xs.extend("ab")
xs.extend(range(2))
print(xs)
ys = [1, 2, 3]
ys.insert(0, "first")
ys.insert(-1, "before last")
ys.insert(100, "end")
ys.insert(-100, "start")
print(ys)
