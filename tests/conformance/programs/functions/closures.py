"""Closures capture variables of the enclosing function."""
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_greeter(greeting):
    return lambda name: f"{greeting}, {name}"
print(make_greeter("Hi")("Zoe"))
