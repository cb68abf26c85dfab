"""Dotted names are value patterns compared with ==."""
class Codes:
    OK = 0
    WARN = 1
    FAIL = 2
def report(code):
    match code:
        case Codes.OK:
            return "all good"
        case Codes.WARN:
            return "careful"
        case Codes.FAIL:
            return "broken"
        case other:
            return f"unknown {other}"
print([report(c) for c in range(4)])
