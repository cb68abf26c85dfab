"""pop on a one-element set, and pop on an empty set raising KeyError."""
s = {"only"}
print(s.pop(), s)
try:
    s.pop()
except KeyError as error:
    print("KeyError:", error)
s.add(1)
s.clear()
print(len(s))
