"""add, discard, remove, update and the in-place methods."""
s = {1, 2}
s.add(3)
s.add(2)
s.discard(99)
s.discard(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as error:
    print("KeyError:", error)
s.update([5, 6], (7,))
print(sorted(s))
s.intersection_update({2, 5, 7, 8})
print(sorted(s))
s.difference_update([7])
print(sorted(s), sorted(s.union([1])), sorted(s.intersection([5, 9])), sorted(s.difference({2})))
