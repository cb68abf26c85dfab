"""heapq: nlargest/nsmallest with keys, merge of sorted streams, heapreplace."""
import heapq
scores = [("ann", 82), ("bo", 95), ("cy", 78), ("di", 95), ("ed", 60)]
print(heapq.nlargest(3, scores, key=lambda s: s[1]), heapq.nsmallest(2, scores, key=lambda s: s[1]))
print(heapq.nsmallest(3, [5, 2, 8, 2, 1]), heapq.nlargest(10, [3, 1]), heapq.nsmallest(0, [1]))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0])), list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
tasks = []
for when, name in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]:
    heapq.heappush(tasks, (when, name))
print(tasks[0], heapq.heapreplace(tasks, (0, "z")), heapq.heappop(tasks), len(tasks))
data = [7, 3, 9, 1, 5]
heapq.heapify(data)
order = []
while data:
    order.append(heapq.heappop(data))
print(order)
