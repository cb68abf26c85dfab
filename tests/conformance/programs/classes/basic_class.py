"""A class with __init__, attributes and methods."""
class Counter:
    def __init__(self, start=0):
        self.value = start
    def increment(self, by=1):
        self.value += by
        return self
    def reset(self):
        self.value = 0
c = Counter(5)
c.increment()
c.increment(10)
print(c.value)
c.reset()
print(c.value, Counter().increment().increment().value)
