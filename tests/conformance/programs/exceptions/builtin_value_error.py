"""ValueError from int(), float(), list.index and unpacking."""
attempts = [lambda: int("x"), lambda: float("one"), lambda: [1].index(2), lambda: int("5", 2)]
for attempt in attempts:
    try:
        attempt()
    except ValueError as error:
        print("ValueError:", error)
