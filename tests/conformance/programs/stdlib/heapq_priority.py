"""heapq as a priority queue."""
import heapq
heap = []
for priority, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(heap, (priority, task))
while heap:
    print(heapq.heappop(heap))
print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]))
data = [9, 4, 7, 1]
heapq.heapify(data)
print(data[0])
