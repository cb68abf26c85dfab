"""itertools.accumulate with default addition, a function and an initial value."""
from itertools import accumulate
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)))
