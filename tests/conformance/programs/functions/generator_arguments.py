"""Passing generator expressions and iterables as arguments."""
def summarize(values):
    values = list(values)
    return len(values), sum(values)
print(summarize(x * x for x in range(4)))
print(summarize(range(10)), summarize([]))
print(sum(x for x in range(5) if x % 2), max((len(w) for w in ["a", "abc"]), default=0))
