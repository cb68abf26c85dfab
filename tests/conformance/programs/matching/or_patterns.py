"""Or-patterns combine alternatives."""
def kind(ch):
    match ch:
        case "a" | "e" | "i" | "o" | "u":
            return "vowel"
        case " " | "\t":
            return "space"
        case "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9":
            return "digit"
        case _:
            return "other"
print([kind(c) for c in "hi 4u"])
def size(n):
    match n:
        case 1 | 2 | 3:
            return "small"
        case [_, _] | (_, _, _):
            return "short sequence"
    return "unmatched"
print(size(2), size([1, 2]), size((1, 2, 3)), size(9))
