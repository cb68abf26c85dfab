"""Default argument values, given positionally or by keyword."""
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punct="?"))
print(greet(punct=".", name="Bo", greeting="Yo"))
