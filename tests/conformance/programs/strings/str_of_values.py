"""str() and repr() of builtin values and containers."""
print(str(None), str(True), str([1, "a", None]), str({"a": 1}), str((1,)), str(()))
print(repr("x"), repr([1.0, "y"]), repr({"k": [1, (2, 3)]}), repr(None))
print(str(-0.0), str([[]]), str([{}]), str({1: {2: "3"}}))
class Temp:
    def __str__(self):
        return "21C"
print(str(Temp()), "now " + str(Temp()), [str(x) for x in (1, 2.5, None)])
