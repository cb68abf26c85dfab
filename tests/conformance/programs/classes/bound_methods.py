"""Bound methods remember their instance; functions on the class need one."""
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
method = g.greet
print(method("Bo"), Greeter.greet(g, "Cy"))
handlers = [Greeter("X").greet, Greeter("Y").greet]
print([h("Z") for h in handlers])
