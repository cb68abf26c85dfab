"""__iter__ written as a generator method."""
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c, 5 in c)
