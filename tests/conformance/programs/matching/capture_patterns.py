"""Capture patterns bind the subject or its parts."""
def describe(value):
    match value:
        case 0:
            return "zero"
        case n:
            return f"captured {n!r}"
print(describe(0), describe(7), describe("x"))
