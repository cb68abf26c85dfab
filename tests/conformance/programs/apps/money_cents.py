"""Money in integer cents: splitting a bill fairly and formatting amounts."""
def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100:,}.{cents % 100:02d}"
def split(total, people):
    base, extra = divmod(total, people)
    return [base + (1 if i < extra else 0) for i in range(people)]
bill = 10000
shares = split(bill, 3)
print([fmt(s) for s in shares], sum(shares) == bill)
tip = bill * 15 // 100
print(fmt(bill), fmt(tip), fmt(bill + tip), fmt(-1234567), fmt(5))
prices = [1999, 250, 99999]
print(" + ".join(fmt(p) for p in prices), "=", fmt(sum(prices)))
