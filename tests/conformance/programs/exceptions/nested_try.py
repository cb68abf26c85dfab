"""Nested try blocks: an inner handler that does not match lets the outer one catch."""
def process(value):
    try:
        try:
            return 10 / int(value)
        except ValueError:
            return "inner: not a number"
    except ZeroDivisionError:
        return "outer: division by zero"
print(process("2"), process("x"), process("0"))
