"""Defining all rich comparisons on a class."""
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def _key(self):
        return self.order.index(self.rank)
    def __eq__(self, o): return self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __gt__(self, o): return self._key() > o._key()
    def __ge__(self, o): return self._key() >= o._key()
    def __repr__(self): return self.rank
hand = [Card(r) for r in "KT3A7"]
print(sorted(hand), max(hand), Card("T") >= Card("9"), Card("2") <= Card("2"), Card("Q") > Card("K"))
