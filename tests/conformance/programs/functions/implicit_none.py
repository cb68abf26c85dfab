"""A function without return gives None."""
def nothing():
    x = 1
def bare():
    return
def maybe(flag):
    if flag:
        return "value"
print(nothing(), bare(), maybe(True), maybe(False))
print([nothing() is None, maybe(0) is None])
