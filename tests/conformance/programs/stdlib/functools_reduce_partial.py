"""functools.reduce and partial."""
from functools import reduce, partial
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
two_to = partial(power, 2)
print(square(7), two_to(8), square.keywords, two_to.args)
