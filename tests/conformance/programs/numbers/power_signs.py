"""The ** operator with negative bases and exponents, and its precedence."""
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** 2)
print(-2 ** 2, 2 ** 3 ** 2, 10 ** 0, 0 ** 0)
print(4 ** 0.5, 8 ** (1 / 3), 2.0 ** 3)
print(type(2 ** 3).__name__, type(2 ** -1).__name__)
