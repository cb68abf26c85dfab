"""A reverse-Polish calculator with error reporting."""
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
def rpn(expression):
    stack = []
    for token in expression.split():
        if token in OPS:
            if len(stack) < 2:
                raise ValueError(f"not enough operands for {token}")
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[token](a, b))
        else:
            stack.append(float(token) if "." in token else int(token))
    if len(stack) != 1:
        raise ValueError(f"{len(stack)} values left")
    return stack[0]
for expr in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 /", "1 +", "1 2", "4 0 /", "2.5 2 *"]:
    try:
        print(f"{expr:<22} = {rpn(expr)}")
    except ZeroDivisionError:
        print(f"{expr:<22} ! division by zero")
    except ValueError as error:
        print(f"{expr:<22} ! {error}")
