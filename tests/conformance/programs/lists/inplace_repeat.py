"""*= repeats a list in place."""
xs = [1, 2]
alias = xs
xs *= 3
print(xs, alias is xs)
xs *= 0
print(xs, alias)
