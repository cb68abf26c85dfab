"""as-patterns bind the whole of a matched sub-pattern."""
def parse(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["take", *items] as words if items:
            return f"taking {items} from {len(words)} words"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
for c in ("go north", "go up", "take lamp key", "take", ""):
    print(repr(c), "->", parse(c))
