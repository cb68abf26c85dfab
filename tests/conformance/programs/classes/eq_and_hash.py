"""__eq__ and __hash__ make instances work as set members and dict keys."""
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
k1, k2, k3 = Key(1, 2), Key(1, 2), Key(2, 1)
print(k1 == k2, k1 != k3, k1 is k2, len({k1, k2, k3}))
d = {k1: "first"}
print(d[k2], Key(1, 2) in d, k1 == (1, 2))
class Plain:
    pass
p = Plain()
print(p == p, Plain() == Plain())
