"""A class implementing __iter__ and __next__ with StopIteration."""
class Range2:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.stop:
            raise StopIteration
        self.i += 1
        return self.i * 2
it = Range2(3)
print(list(it), list(it))
print([x for x in Range2(2)], sum(Range2(4)))
