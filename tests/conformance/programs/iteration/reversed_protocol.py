"""reversed() uses __reversed__, or __len__ with __getitem__."""
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
class Custom:
    def __reversed__(self):
        return iter(["z", "y"])
print(list(reversed(Deck(["a", "b", "c"]))), list(reversed(Custom())))
print(list(reversed(range(4))), list(reversed((1, 2))), "".join(reversed("abc")))
