"""Guards filter matches with an if clause."""
def classify(pair):
    match pair:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x > y:
            return "below"
        case (x, y):
            return "above"
print([classify(p) for p in [(1, 1), (3, 2), (0, 5)]])
