"""Sorting dict items by value and by key."""
stock = {"pears": 4, "apples": 10, "kiwis": 4, "figs": 1}
print(sorted(stock.items(), key=lambda kv: kv[1]))
print(sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted(stock.items())))
print(max(stock, key=stock.get), min(stock.values()))
