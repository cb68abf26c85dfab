"""collections.deque: both ends, rotate and maxlen."""
from collections import deque
d = deque([1, 2, 3])
d.appendleft(0)
d.append(4)
print(d, d.popleft(), d.pop(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(list(d))
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
print(recent, len(recent), recent[0], recent[-1])
