"""Assignment shares one list; == and is differ."""
a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
print(a, c, a == b, a is b, a == c, a is c)
def add_item(target):
    target.append("added")
add_item(c)
print(c)
