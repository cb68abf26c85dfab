"""The repr of lists holding mixed values."""
print([1, "a", None, 2.5, True, [], [[]], "it's", (1,), {"k": "v"}])
print(str(["x"]), repr([1.0, -0.0]), [1e16, 0.1])
items = ["a'b", "c\"d", "e\nf"]
print(items)
print([None, [None]], [True, False], [-1, -2.5])
