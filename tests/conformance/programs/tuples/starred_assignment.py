"""Starred targets in assignment collect the rest as a list."""
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *middle, z = (1, 2)
print(a, middle, z)
head, *tail = range(5)
print(head, tail)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
