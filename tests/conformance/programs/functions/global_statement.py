"""global rebinds a module-level name from inside a function."""
total = 0
def add(n):
    global total
    total += n
def read():
    return total
add(5)
add(7)
print(total, read())
def define():
    global created
    created = "made inside"
define()
print(created)
