"""any and all use truthiness and short-circuit; both handle empty input."""
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(["", [], 3]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2]))
checked = []
def positive(n):
    checked.append(n)
    return n > 0
print(all(positive(n) for n in [3, -1, 5]), checked)
