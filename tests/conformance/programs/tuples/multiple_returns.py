"""Functions returning several values as a tuple."""
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
result = stats([1, 2])
print(result, type(result).__name__, result[2])
