"""except Exception catches errors raised by builtin operations."""
def attempt(action):
    try:
        action()
        return "no error"
    except Exception as error:
        return type(error).__name__
actions = [lambda: None.upper(), lambda: [1][3], lambda: {}["k"], lambda: 1 // 0,
           lambda: int("z"), lambda: "s" * "t", lambda: undefined_name, lambda: object().attr]  # noqa: PTK206
print([attempt(a) for a in actions])
