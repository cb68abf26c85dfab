"""itertools.product, permutations and combinations."""
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=2)))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 2)), len(list(permutations(range(5)))))
