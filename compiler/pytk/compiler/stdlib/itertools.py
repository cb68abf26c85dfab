"""Iterator building blocks: a browser version of the stdlib module ``itertools``.

Every function is lazy where CPython's is (they are generators), takes CPython's arguments
(keywords included: ``product(xs, repeat=2)``, ``accumulate(xs, initial=0)``,
``zip_longest(a, b, fillvalue="-")``) and yields tuples where CPython does.
"""

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress", "count",
           "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product",
           "repeat", "starmap", "takewhile", "tee", "zip_longest"]


def _add(a, b):
    return a + b


def count(start=0, step=1):
    """start, start + step, start + 2 * step, ... without end."""
    value = start
    while True:
        yield value
        value += step


def cycle(iterable):
    """The items of iterable, then the same again, without end."""
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    if len(saved) == 0:
        return
    while True:
        for item in saved:
            yield item


def repeat(obj, times=None):
    """obj, times times (or without end)."""
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func)."""
    if func is None:
        func = _add
    total = initial
    started = initial is not None
    if started:
        yield total
    for item in iterable:
        if started:
            total = func(total, item)
        else:
            total = item
            started = True
        yield total


def _chain(*iterables):
    for iterable in iterables:
        for item in iterable:
            yield item


def _from_iterable(iterables):
    for iterable in iterables:
        for item in iterable:
            yield item


def chain(*iterables):
    """The items of each iterable in turn."""
    return _chain(*iterables)


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """The items of data whose selector is true."""
    for item, selector in zip(data, selectors):
        if selector:
            yield item


def dropwhile(predicate, iterable):
    """The items of iterable from the first one for which predicate is false."""
    dropping = True
    for item in iterable:
        if dropping and predicate(item):
            continue
        dropping = False
        yield item


def takewhile(predicate, iterable):
    """The items of iterable while predicate holds."""
    for item in iterable:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    """The items of iterable for which predicate is false (or which are false, without one)."""
    for item in iterable:
        if predicate is None:
            if not item:
                yield item
        elif not predicate(item):
            yield item


class _Group:
    """Shared state of a groupby and its current group."""

    def __init__(self, iterable, key):
        self.iterator = iter(iterable)
        self.key = key
        self.done = False
        self.current = None
        self.current_key = None
        self.has_current = False
        self.generation = 0

    def advance(self):
        try:
            self.current = next(self.iterator)
        except StopIteration:
            self.done = True
            self.has_current = False
            return
        self.current_key = self.current if self.key is None else self.key(self.current)
        self.has_current = True


def _group_items(state, group_key, generation):
    while state.generation == generation and state.has_current and state.current_key == group_key:
        item = state.current
        state.advance()
        yield item


def _groupby(state):
    state.advance()
    while state.has_current:
        group_key = state.current_key
        state.generation += 1
        generation = state.generation
        yield (group_key, _group_items(state, group_key, generation))
        # skip what the caller did not consume of this group
        while state.generation == generation and state.has_current and state.current_key == group_key:
            state.advance()


def groupby(iterable, key=None):
    """(key, group) for each run of consecutive items with the same key."""
    return _groupby(_Group(iterable, key))


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): items of a slice."""
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
    elif len(args) == 2:
        start, stop, step = args[0], args[1], 1
    elif len(args) == 3:
        start, stop, step = args[0], args[1], args[2]
    else:
        raise TypeError("islice expected 2 to 4 arguments, got " + str(len(args) + 1))
    if start is None:
        start = 0
    if step is None:
        step = 1
    if start < 0 or (stop is not None and stop < 0):
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iterable, start, stop, step)


def _islice(iterable, start, stop, step):
    if stop is not None and stop <= start:
        return
    wanted = start
    index = 0
    for item in iterable:
        if index == wanted:
            yield item
            wanted += step
            if stop is not None and wanted >= stop:
                return
        index += 1


def pairwise(iterable):
    """(a, b), (b, c), (c, d), ... from a, b, c, d, ..."""
    started = False
    previous = None
    for item in iterable:
        if started:
            yield (previous, item)
        previous = item
        started = True


def batched(iterable, n):
    """Tuples of n items (the last one may be shorter)."""
    if n < 1:
        raise ValueError("n must be at least one")
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if len(batch) > 0:
        yield tuple(batch)


def starmap(func, iterable):
    """func(*args) for each args of iterable."""
    for args in iterable:
        yield func(*args)


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple([_tee_branch(source, buffers, index) for index in range(n)])


def _tee_branch(source, buffers, index):
    mine = buffers[index]
    while True:
        if len(mine) == 0:
            try:
                item = next(source)
            except StopIteration:
                return
            for buffer in buffers:
                buffer.append(item)
        yield mine.pop(0)


def zip_longest(*iterables, fillvalue=None):
    """Tuples of the i-th items of each iterable, filling the shorter ones with fillvalue."""
    iterators = [iter(iterable) for iterable in iterables]
    active = len(iterators)
    if active == 0:
        return
    while True:
        row = []
        for index in range(len(iterators)):
            iterator = iterators[index]
            if iterator is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(iterator))
            except StopIteration:
                iterators[index] = None
                active -= 1
                if active == 0:
                    return
                row.append(fillvalue)
        yield tuple(row)


def product(*iterables, repeat=1):
    """The cartesian product: tuples with one item of each iterable."""
    pools = [tuple(pool) for pool in iterables]
    all_pools = []
    for _ in range(repeat):
        for pool in pools:
            all_pools.append(pool)
    return _product(all_pools)


def _product(pools):
    for pool in pools:
        if len(pool) == 0:
            return
    indices = [0] * len(pools)
    while True:
        yield tuple([pools[i][indices[i]] for i in range(len(pools))])
        position = len(pools) - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                break
            indices[position] = 0
            position -= 1
        if position < 0:
            return


def permutations(iterable, r=None):
    """Tuples of r distinct items of iterable, in every order."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    # Index tuples in lexicographic order: from the right, move one position to the next
    # index not used further left, then fill the positions after it with the smallest free ones.
    if r > n:
        return
    chosen = list(range(r))
    yield tuple([pool[i] for i in chosen])
    while True:
        position = r - 1
        while position >= 0:
            taken = chosen[:position]
            candidate = chosen[position] + 1
            while candidate < n and candidate in taken:
                candidate += 1
            if candidate < n:
                chosen[position] = candidate
                taken.append(candidate)
                for later in range(position + 1, r):
                    smallest = 0
                    while smallest in taken:
                        smallest += 1
                    chosen[later] = smallest
                    taken.append(smallest)
                break
            position -= 1
        if position < 0:
            return
        yield tuple([pool[i] for i in chosen])


def combinations(iterable, r):
    """Tuples of r items of iterable, in the order they come (no repeats)."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        position = r - 1
        while position >= 0 and indices[position] == position + n - r:
            position -= 1
        if position < 0:
            return
        indices[position] += 1
        for j in range(position + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    """Tuples of r items of iterable, in order, each item usable more than once."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        position = r - 1
        while position >= 0 and indices[position] == n - 1:
            position -= 1
        if position < 0:
            return
        value = indices[position] + 1
        for j in range(position, r):
            indices[j] = value
        yield tuple([pool[i] for i in indices])
