"""raise and except by class, with the exception bound to a name."""
def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
for n in (1, -2):
    try:
        print("ok", check(n))
    except ValueError as error:
        print("caught", error)
