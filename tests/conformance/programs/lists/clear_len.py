"""len and clear, and a cleared list is empty but the same object."""
xs = [1, 2, 3]
alias = xs
xs.clear()
print(xs, len(xs), alias, alias is xs)
print(len([]), len([[]]), len([None] * 5))
