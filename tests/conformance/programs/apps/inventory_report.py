"""Inventory updates with restocking and a low-stock report."""
stock = {"apples": 12, "bananas": 3, "cherries": 0, "dates": 25}
minimum = {"apples": 10, "bananas": 5, "cherries": 2, "dates": 5}
orders = [("apples", 5), ("dates", 30), ("bananas", 2), ("figs", 1), ("apples", 4)]
for product, qty in orders:
    available = stock.get(product)
    if available is None:
        print(f"{product}: unknown product")
    elif available < qty:
        print(f"{product}: only {available} left, wanted {qty}")
    else:
        stock[product] = available - qty
        print(f"{product}: shipped {qty}, {stock[product]} left")
low = {p: minimum[p] - n for p, n in stock.items() if n < minimum[p]}
print("restock:", dict(sorted(low.items(), key=lambda kv: -kv[1])))
for product, missing in low.items():
    stock[product] += missing * 2
print(stock, sum(stock.values()))
