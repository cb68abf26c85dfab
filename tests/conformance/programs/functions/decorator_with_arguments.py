"""A decorator factory taking arguments."""
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def roll(n):
    return n * 2
print(roll(4))
registry = {}
def route(path):
    def register(func):
        registry[path] = func
        return func
    return register
@route("/home")
def home():
    return "home page"
print(registry["/home"](), home())
