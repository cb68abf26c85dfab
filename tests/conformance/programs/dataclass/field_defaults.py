"""Dataclass fields with default values."""
from dataclasses import dataclass
@dataclass
class Options:
    name: str
    retries: int = 3
    verbose: bool = False
    ratio: float = 0.5
print(Options("a"))
print(Options("b", 5))
print(Options("c", verbose=True, ratio=1.0))
