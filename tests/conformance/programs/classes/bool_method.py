"""__bool__ decides truth in if, while and not."""
class Queue:
    def __init__(self, items):
        self.items = list(items)
    def __bool__(self):
        return len(self.items) > 0
    def take(self):
        return self.items.pop(0)
q = Queue([1, 2])
while q:
    print("took", q.take())
print(bool(q), not q, "empty" if not q else "busy")
