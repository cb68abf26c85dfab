"""__bool__ decides truth; without it, __len__ does; otherwise objects are true."""
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Plain:
    pass
print(bool(Flag(True)), bool(Flag(False)), bool(Bag(0)), bool(Bag(3)), bool(Plain()))
print("yes" if Bag(0) else "no", Flag(False) or "fallback", not Bag(2))
