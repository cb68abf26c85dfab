"""Building a report with several formatting styles together."""
items = [("apples", 3, 0.5), ("bread", 1, 2.25), ("cheese", 2, 7.8)]
for name, qty, price in items:
    print("%-8s x%2d  %6.2f" % (name, qty, qty * price))
print("{:-^24}".format(" total "))
print("{:>24.2f}".format(sum(q * p for _, q, p in items)))
print("%d items, %s" % (len(items), ", ".join(n for n, _, _ in items)))
