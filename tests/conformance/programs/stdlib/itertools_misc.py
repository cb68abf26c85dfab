"""zip_longest, takewhile, dropwhile, starmap, compress, pairwise, tee."""
from itertools import zip_longest, takewhile, dropwhile, starmap, compress, pairwise, tee, filterfalse
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(pairwise([1, 2, 3, 4])), list(filterfalse(str.isdigit, "a1b2")))
a, b = tee([1, 2, 3])
print(list(a), list(b))
