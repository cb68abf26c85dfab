"""When no case matches, execution continues after the match statement."""
def label(x):
    result = "default"
    match x:
        case 1:
            result = "one"
        case [1, 2]:
            result = "pair"
    return result
print(label(1), label([1, 2]), label([1, 2, 3]), label("1"))
