"""A decorator without arguments wrapping a function."""
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name, punctuation=""):
    return f"hello {name}{punctuation}"
print(greet("world"), greet("you", punctuation="?"))
def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
