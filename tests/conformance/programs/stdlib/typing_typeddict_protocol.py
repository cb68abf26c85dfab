"""TypedDict and Protocol are plain dicts and classes at run time."""
from typing import Protocol, TypedDict
class Movie(TypedDict):
    title: str
    year: int
class Greets(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greets) -> str:
    return g.greet().upper()
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, welcome(English()))
