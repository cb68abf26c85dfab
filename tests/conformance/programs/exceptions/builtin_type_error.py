"""TypeError from operations on the wrong types."""
attempts = [lambda: "a" + 1, lambda: 1 + "a", lambda: len(5), lambda: None(), lambda: [] < 1,
            lambda: {}[[]], lambda: -"x", lambda: sum(["a"])]
for attempt in attempts:
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)
