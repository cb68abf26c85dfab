"""index and count on lists."""
xs = ["a", "b", "c", "b", "a"]
print(xs.index("b"), xs.index("b", 2), xs.count("a"), xs.count("z"))
try:
    xs.index("z")
except ValueError as error:
    print("ValueError:", error)
print([1, [1], 1.0].count(1))
