"""Early returns from inside loops and conditions."""
def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    return "pos"
print(first_negative([3, 1, -4, -1]), first_negative([1]), [classify(n) for n in (-1, 0, 1)])
