"""Sequence patterns: fixed length, star captures, empty and nested."""
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
print(shape([]), "|", shape([1]), "|", shape((1, 2)), "|", shape([1, 2, 3, 4]))
def pairs(seq):
    match seq:
        case [(a, b), *_]:
            return a + b
        case _:
            return None
print(pairs([(1, 2), (3, 4)]), pairs([1]), pairs("ab"))
