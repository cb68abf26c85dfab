"""None, True and False match by identity, not equality."""
def which(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
    return "other"
print([which(v) for v in (True, 1, False, 0, None, 1.0, "")])
