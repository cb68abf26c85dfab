"""Closures made in a loop see the variable's final value."""
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
adders = [lambda x: x + n for n in range(3)]
print([a(10) for a in adders])
def make(n):
    return lambda: n
print([make(n)() for n in range(3)])
