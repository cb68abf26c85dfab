"""KeyError from dict lookups, caught and inspected."""
prices = {"apple": 1.0}
for item in ("apple", "pear"):
    try:
        print(item, prices[item])
    except KeyError as error:
        print("KeyError", error, error.args)
