"""Generator expressions are lazy and can be consumed only once."""
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(any(x > 3 for x in [1, 5]), list(c.upper() for c in "ab"))
gen = (n for n in range(3))
print(next(gen), list(gen), list(gen))
print(type(x for x in []).__name__)
