"""Infinity and NaN: arithmetic, comparisons, repr."""
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -1, inf - inf)
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
print(1e308 * 10, float("-inf") == -inf)
print(max(1, inf), min(-inf, 0))
