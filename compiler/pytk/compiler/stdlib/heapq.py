"""Heap queue (priority queue) on a plain list: a browser version of the stdlib module ``heapq``.

``heap[0]`` is always the smallest item; items are compared with Python's ``<``, so tuples
such as ``(priority, task)`` work.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop", "merge", "nlargest", "nsmallest"]


def _less(a, b, key, reverse):
    if key is not None:
        a = key(a)
        b = key(b)
    return b < a if reverse else a < b


def _sift_up(heap, position, key=None, reverse=False):
    # Move heap[position] up towards the root while it is smaller than its parent.
    item = heap[position]
    while position > 0:
        parent = (position - 1) // 2
        if _less(item, heap[parent], key, reverse):
            heap[position] = heap[parent]
            position = parent
        else:
            break
    heap[position] = item


def _sift_down(heap, position, key=None, reverse=False):
    # Move heap[position] down while a child is smaller.
    size = len(heap)
    item = heap[position]
    while True:
        child = 2 * position + 1
        if child >= size:
            break
        right = child + 1
        if right < size and _less(heap[right], heap[child], key, reverse):
            child = right
        if _less(heap[child], item, key, reverse):
            heap[position] = heap[child]
            position = child
        else:
            break
    heap[position] = item


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap."""
    if len(heap) == 0:
        raise IndexError("index out of range")
    last = heap.pop()
    if len(heap) == 0:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    if len(heap) == 0:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item (faster than both in turn)."""
    if len(heap) > 0 and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sift_down(heap, 0)
        return smallest
    return item


def heapify(x):
    """Turn the list x into a heap, in place."""
    for position in range(len(x) // 2 - 1, -1, -1):
        _sift_down(x, position)


def _heapify_by(x, key, reverse):
    for position in range(len(x) // 2 - 1, -1, -1):
        _sift_down(x, position, key, reverse)


def _pop_by(heap, key, reverse):
    last = heap.pop()
    if len(heap) == 0:
        return last
    first = heap[0]
    heap[0] = last
    _sift_down(heap, 0, key, reverse)
    return first


def _select(n, iterable, key, largest):
    # The n smallest (or largest) items in order, ties kept in their original order.
    if n <= 0:
        return []
    ranked = []
    for index, item in enumerate(iterable):
        ranked.append((item if key is None else key(item), index, item))

    def rank(entry):
        return _Ranked(entry, largest)

    _heapify_by(ranked, rank, False)
    result = []
    while len(ranked) > 0 and len(result) < n:
        result.append(_pop_by(ranked, rank, False)[2])
    return result


class _Ranked:
    def __init__(self, entry, descending):
        self.entry = entry
        self.descending = descending

    def __lt__(self, other):
        mine = self.entry[0]
        theirs = other.entry[0]
        if self.descending:
            if theirs < mine:
                return True
            if mine < theirs:
                return False
        else:
            if mine < theirs:
                return True
            if theirs < mine:
                return False
        return self.entry[1] < other.entry[1]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (as ``sorted(iterable, key=key)[:n]``)."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (as ``sorted(iterable, key=key, reverse=True)[:n]``)."""
    return _select(n, iterable, key, True)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator (lazily)."""
    iterators = [iter(iterable) for iterable in iterables]
    heads = []
    for index, iterator in enumerate(iterators):
        try:
            item = next(iterator)
        except StopIteration:
            continue
        heads.append([item if key is None else key(item), index, item])
    while len(heads) > 0:
        best = 0
        for position in range(1, len(heads)):
            candidate = heads[position]
            current = heads[best]
            if reverse:
                better = current[0] < candidate[0]
            else:
                better = candidate[0] < current[0]
            if better:
                best = position
        chosen = heads[best]
        yield chosen[2]
        try:
            item = next(iterators[chosen[1]])
            chosen[0] = item if key is None else key(item)
            chosen[2] = item
        except StopIteration:
            heads.pop(best)
