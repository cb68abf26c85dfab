"""operator.itemgetter, attrgetter and arithmetic functions."""
import operator
from operator import itemgetter, attrgetter
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0)(rows[0]))
class P:
    def __init__(self, name):
        self.name = name
print([p.name for p in sorted([P("z"), P("m")], key=attrgetter("name"))])
print(operator.add(2, 3), operator.mul("a", 3), operator.neg(4), operator.contains([1], 1))
