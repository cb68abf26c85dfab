"""Lists and dicts cannot be set members."""
for bad in ([1], {"a": 1}, {1}):
    try:
        {bad}
    except TypeError as error:
        print("TypeError:", error)
s = set()
try:
    s.add([1, 2])
except TypeError as error:
    print("TypeError:", error)
