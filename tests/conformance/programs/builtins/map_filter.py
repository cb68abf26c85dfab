"""map and filter, with lambdas, builtins, several iterables and None."""
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(map(len, ["ab", ""])), list(filter(lambda x: x % 2, range(7))))
words = ["Alpha", "beta", "Gamma"]
print(list(map(str.lower, filter(lambda w: w[0].isupper(), words))))
