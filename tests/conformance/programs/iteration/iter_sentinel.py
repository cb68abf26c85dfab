"""iter(callable, sentinel) calls until the sentinel appears."""
values = [3, 1, 4, 0, 5]
position = -1
def read():
    global position
    position += 1
    return values[position]
print(list(iter(read, 0)))
