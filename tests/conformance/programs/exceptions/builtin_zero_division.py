"""ZeroDivisionError raised by arithmetic, caught as ArithmeticError too."""
def ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError as error:
        return f"undefined ({error})"
print(ratio(1, 2), ratio(1, 0))
try:
    10 % 0
except ArithmeticError as error:
    print(type(error).__name__, isinstance(error, ArithmeticError))
