"""Reactive state: observable values and lists that widgets bind to.

``Observable`` holds one value and tells its subscribers when it changes;
``ObservableList`` is a list that reports each change (insert, remove, replace, reset);
``bind(source, transform)`` makes a ``Binding`` that a widget property accepts in place of a
value: ``Label(text=bind(count, lambda n: str(n) + " items"))`` keeps the label's text in step
with ``count``, touching only that text node.
"""


class Observable:
    """One value; ``subscribe(fn)`` calls ``fn(value)`` after each change."""

    def __init__(self, value=None):
        self._value = value
        self._observers = []

    def get(self):
        return self._value

    def set(self, value):
        """Store ``value``; subscribers run only if it differs from the current one."""
        self._assign(value)

    def _assign(self, value):
        if value == self._value:
            return
        self._value = value
        for observer in list(self._observers):
            observer(value)

    def _get_value(self):
        return self.get()

    def _set_value(self, value):
        self.set(value)

    value = property(_get_value, _set_value)

    def subscribe(self, observer):
        """Call ``observer(value)`` on each change; return a function that stops it."""
        self._observers.append(observer)

        def unsubscribe():
            position = self._observers.indexOf(observer)  # identity, as JavaScript compares functions
            if position >= 0:
                self._observers.splice(position, 1)

        return unsubscribe

    def observer_count(self):
        return len(self._observers)

    def map(self, transform):
        """A ``Computed`` value: ``transform(value)``, kept up to date."""
        return Computed([self], transform)

    def __repr__(self):
        return "Observable(" + repr(self._value) + ")"


class Computed(Observable):
    """A read-only value computed from other observables, recomputed when one changes."""

    def __init__(self, sources, compute):
        Observable.__init__(self, None)
        self._sources = list(sources)
        self._compute = compute
        self._value = self._evaluate()
        for source in self._sources:
            source.subscribe(self._recompute)

    def _evaluate(self):
        return self._compute(*[source.get() for source in self._sources])

    def _recompute(self, ignored):
        self._assign(self._evaluate())

    def set(self, value):
        raise AttributeError("a Computed value cannot be set")


def computed(compute, *sources):
    """``computed(lambda a, b: a + b, first, second)``: a value kept equal to ``compute``
    of the sources' values."""
    return Computed(sources, compute)


class Binding:
    """What ``bind`` returns: a source, and how to turn its value into a property's value."""

    def __init__(self, sources, transform):
        self.sources = sources
        self.transform = transform

    def current(self):
        values = [source.get() for source in self.sources]
        if self.transform is None:
            return values[0]
        return self.transform(*values)

    def subscribe(self, apply):
        """Call ``apply(current value)`` whenever a source changes; return the unsubscriber."""
        def changed(ignored):
            apply(self.current())

        stops = [source.subscribe(changed) for source in self.sources]

        def unsubscribe():
            for stop in stops:
                stop()

        return unsubscribe

    def write_back(self, value):
        """Two-way bindings: a widget's edit sets the source (only without a transform)."""
        if self.transform is None and len(self.sources) == 1:
            self.sources[0].set(value)

    def is_two_way(self):
        return self.transform is None and len(self.sources) == 1


def bind(source, transform=None):
    """A ``Binding`` to one observable, or to a list/tuple of them (``transform`` then gets
    their values as separate arguments). Without ``transform``, an input widget's edits are
    written back to the source."""
    if isinstance(source, list) or isinstance(source, tuple):
        return Binding(list(source), transform)
    if not isinstance(source, Observable):
        raise TypeError("bind() needs an Observable, not " + repr(source))
    return Binding([source], transform)


class ListChange:
    """One change of an ``ObservableList``.

    ``kind`` is ``"insert"`` (``items`` inserted at ``index``), ``"remove"`` (``items``
    removed from ``index``), ``"replace"`` (``items[0]`` now at ``index``, ``old`` before),
    ``"swap"`` (the items at ``index`` and ``other`` exchanged) or ``"reset"`` (anything else:
    the whole list may have changed). An observer may treat any kind it does not know as a reset.
    """

    def __init__(self, kind, index=0, items=None, old=None, other=None):
        self.kind = kind
        self.index = index
        self.items = items or []
        self.old = old
        self.other = other

    def __repr__(self):
        return "ListChange(" + self.kind + ", " + str(self.index) + ", " + str(len(self.items)) + ")"


class ObservableList:
    """A list whose changes are reported to subscribers as ``ListChange`` records."""

    def __init__(self, items=None):
        self._items = list(items or [])
        self._observers = []

    def subscribe(self, observer):
        """Call ``observer(change)`` after each change; return a function that stops it."""
        self._observers.append(observer)

        def unsubscribe():
            position = self._observers.indexOf(observer)  # identity, as JavaScript compares functions
            if position >= 0:
                self._observers.splice(position, 1)

        return unsubscribe

    def _emit(self, change):
        for observer in list(self._observers):
            observer(change)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, item):
        position = index + len(self._items) if index < 0 else index
        old = self._items[position]
        self._items[position] = item
        self._emit(ListChange("replace", position, [item], old))

    def __contains__(self, item):
        return item in self._items

    def index(self, item):
        return self._items.index(item)

    def to_list(self):
        """A plain copy of the items."""
        return list(self._items)

    def append(self, item):
        self.insert(len(self._items), item)

    def extend(self, items):
        items = list(items)
        if not items:
            return
        index = len(self._items)
        for item in items:
            self._items.append(item)
        self._emit(ListChange("insert", index, items))

    def insert(self, index, item):
        if index < 0:
            index = max(0, index + len(self._items))
        index = min(index, len(self._items))
        self._items.insert(index, item)
        self._emit(ListChange("insert", index, [item]))

    def pop(self, index=-1):
        position = index + len(self._items) if index < 0 else index
        if position < 0 or position >= len(self._items):
            raise IndexError("pop index out of range")
        item = self._items[position]
        del self._items[position]
        self._emit(ListChange("remove", position, [item]))
        return item

    def remove(self, item):
        self.pop(self._items.index(item))

    def clear(self):
        removed = self._items
        self._items = []
        if removed:
            self._emit(ListChange("remove", 0, removed))

    def swap(self, first, second):
        """Exchange two items (one change)."""
        items = self._items
        first = first + len(items) if first < 0 else first
        second = second + len(items) if second < 0 else second
        held = items[first]
        items[first] = items[second]
        items[second] = held
        if first != second:
            self._emit(ListChange("swap", min(first, second), None, None, max(first, second)))

    def set_all(self, items):
        """Replace every item at once (one change)."""
        self._items = list(items)
        self._emit(ListChange("reset"))

    def sort(self, key=None, reverse=False):
        self._items.sort(key=key, reverse=reverse)
        self._emit(ListChange("reset"))

    def reverse(self):
        self._items.reverse()
        self._emit(ListChange("reset"))

    def __repr__(self):
        return "ObservableList(" + repr(self._items) + ")"
