"""Operators on the wrong types raise CPython's TypeError; list keys are unhashable; bare assert; object () sentinels."""
grid = {}
grid[1, 2] = "tuple key"
grid[(3, 4)] = "parenthesized"
print(grid[1, 2], grid[(3, 4)], (1, 2) in grid)
def store_list_key():
    grid[[1]] = 0
for label, attempt in [("str - str", lambda: "a" - "b"), ("int - str", lambda: 1 - "b"), ("None - int", lambda: None - 1),
                       ("neg str", lambda: -"x"), ("neg None", lambda: -None), ("list key", lambda: grid[[1, 2]]),
                       ("set list key", store_list_key), ("object args", lambda: object(1))]:
    try:
        print(label, attempt())
    except TypeError as error:
        print(label, "TypeError:", error)
def check(value, message=None):
    if message is None:
        assert value
    else:
        assert value, message
for value, message in [(0, None), ([], "empty"), (1, None)]:
    try:
        check(value, message)
        print("passed", value)
    except AssertionError as error:
        print("AssertionError", repr(str(error)), error.args)
MISSING = object()
OTHER = object()
print(MISSING is MISSING, MISSING is OTHER, MISSING == OTHER, type(MISSING).__name__, {"k": 1}.get("x", MISSING) is MISSING)
keys = {"a": 1, "b": 2}.keys()
print(keys == {"a", "b"}, keys == {"a"}, {"b", "a"} == keys, keys == ["a", "b"], {"a": 1}.items() == {("a", 1)})
