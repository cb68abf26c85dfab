"""union, intersection and symmetric_difference with several arguments and iterables."""
a = {1, 2, 3, 4}
print(sorted(a.union({5}, [6], (7,))), sorted(a.intersection({1, 2, 3}, [2, 3])))
print(sorted(a.symmetric_difference([3, 4, 5])), sorted(a.difference([1], {2})))
base = {1, 2, 3}
print(sorted(base.union()), base.intersection() == base, sorted(base.difference()))
print(base.issubset(range(5)), base.issuperset([1, 2]))
