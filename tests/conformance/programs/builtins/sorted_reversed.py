"""sorted and reversed accept any iterable and return new objects."""
print(sorted("banana"), sorted({3: "c", 1: "a"}), sorted((3, 1, 2), reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), list(reversed([1, 2, 3])), sorted([]))
data = [5, 3]
result = sorted(data)
print(data, result, result is data)
