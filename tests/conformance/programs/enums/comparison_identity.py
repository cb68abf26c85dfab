"""Enum members compare by identity and are not ordered."""
from enum import Enum
class Suit(Enum):
    HEARTS = 1
    SPADES = 2
print(Suit.HEARTS == Suit.HEARTS, Suit.HEARTS is Suit(1), Suit.HEARTS == 1, Suit.HEARTS != Suit.SPADES)
try:
    Suit.HEARTS < Suit.SPADES
except TypeError as error:
    print("TypeError:", error)
