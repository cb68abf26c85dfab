"""Inner functions read enclosing variables at call time."""
def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def show():
        return list(items)
    add("a")
    add("b")
    return show
show = outer()
print(show())
def level1():
    x = 1
    def level2():
        def level3():
            return x + 1
        return level3()
    return level2()
print(level1())
