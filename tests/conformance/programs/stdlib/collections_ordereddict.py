"""collections.OrderedDict: move_to_end and popitem(last=False)."""
from collections import OrderedDict
od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
od.move_to_end("a")
print(list(od), od.popitem(last=False), od)
od.move_to_end("c", last=False)
print(list(od.items()))
