"""repr and str of strings with quotes, numbers and containers."""
for v in ["plain", "it's", 'say "x"', "both ' \"", "", "tab\t", 1.0, 10, None, [1, "a"], ("x",)]:
    print(repr(v), str(v))
nested = {"k": ["v", 1.5, None]}
print(repr(nested) == str(nested), repr(repr("q")))
print(str(repr(1)), len(repr("ab")))
