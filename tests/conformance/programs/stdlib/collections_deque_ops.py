"""deque: indexing, insert, remove, extendleft, count, index and errors."""
from collections import deque
d = deque("abcde")
d.extendleft("yz")
d.insert(3, "!")
print(d, d[0], d[-1], d.index("c"), d.count("a"))
d.remove("!")
d.rotate(-2)
print(d, list(d)[::-1])
d[1] = "B"
del d[0]
print(d, len(d), "B" in d, d == deque("Bbcde"))
window = deque([], maxlen=2)
for n in range(5):
    window.append(n)
    print(list(window), end=" ")
print()
for action in (lambda: deque().popleft(), lambda: d[10], lambda: d.remove("q")):
    try:
        action()
    except (IndexError, ValueError) as error:
        print(type(error).__name__, error)
