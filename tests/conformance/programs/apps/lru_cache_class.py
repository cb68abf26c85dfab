"""An LRU cache built on dict insertion order."""
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print("evict", oldest)
        self.data[key] = value
cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.get("b"), cache.get("c"))
cache.put("a", 10)
cache.put("d", 4)
print(list(cache.data.items()), cache.hits, cache.misses)
