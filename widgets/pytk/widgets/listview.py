"""ListView: one widget per item of an ObservableList, kept in step by key.

Each change of the list touches only the DOM it must: an append adds one element, a removal
removes one, and a reordering (``swap``, ``sort``, ``set_all``) moves the fewest elements
(those outside the longest run already in order), reusing the widget of every key it keeps.
"""
from pytk.widgets.widget import Widget


def _identity(item):
    return item


def stable_positions(sequence):
    """The indexes of a longest increasing subsequence of ``sequence`` (numbers, -1 ignored):
    the elements that may stay where they are while the others move."""
    tails = []       # tails[k]: index in sequence of the smallest tail of a run of length k + 1
    previous = [-1] * len(sequence)
    for index in range(len(sequence)):
        value = sequence[index]
        if value < 0:
            continue
        low = 0
        high = len(tails)
        while low < high:
            middle = (low + high) // 2
            if sequence[tails[middle]] < value:
                low = middle + 1
            else:
                high = middle
        if low > 0:
            previous[index] = tails[low - 1]
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    result = {}
    at = tails[len(tails) - 1] if len(tails) > 0 else -1
    while at >= 0:
        result[at] = True
        at = previous[at]
    return result


class ListView(Widget):
    """Renders ``items`` (an ``ObservableList``) with ``render(item) -> Widget``.

    ``key(item)`` names an item across changes (default: the item itself). When an item is
    replaced by one with the same key, ``update(widget, item)`` refreshes its widget in place if
    given; otherwise the widget is rendered again. ``tag`` is the container's element
    (``"tbody"`` for table rows, ``"ul"`` for a list ...). Widgets removed from the view are
    disposed, which stops their bindings.
    """

    def __init__(self, items, render, key=None, update=None, tag="div", role=None, style_name=None):
        Widget.__init__(self, style_name, document.createElement(tag))
        self.element.classList.add("pytk-ListView")
        if role is not None:
            self.element.setAttribute("role", role)
        self.items = items
        self._render = render
        self._key = key if key is not None else _identity
        self._update = update
        self.widgets = []
        self._keys = []
        self._insert(0, items.to_list())
        self.on_dispose(items.subscribe(self._changed))

    def _make(self, item):
        widget = self._render(item)
        widget.parent = self
        return widget

    def _changed(self, change):
        if change.kind == "insert":
            self._insert(change.index, change.items)
        elif change.kind == "remove":
            self._remove(change.index, len(change.items))
        elif change.kind == "replace":
            self._replace(change.index, change.items[0], change.old)
        elif change.kind == "swap":
            self._swap(change.index, change.other)
        else:
            self.reconcile(self.items.to_list())

    def _insert(self, index, items):
        # The hot path of every list: plain JavaScript operations on arrays of widgets
        # (indexes here are never negative), without the runtime's Python operator semantics.
        __pragma__("noopov")
        render = self._render
        key = self._key
        widgets = []
        keys = []
        for position in range(len(items)):
            item = items[position]
            widget = render(item)
            widget.parent = self
            widgets.push(widget)
            keys.push(key(item))
        before = self.widgets[index].element if index < self.widgets.length else None
        if widgets.length == 1:
            self.element.insertBefore(widgets[0].element, before)
        else:
            fragment = document.createDocumentFragment()
            for position in range(widgets.length):
                fragment.appendChild(widgets[position].element)
            self.element.insertBefore(fragment, before)
        self.widgets = self.widgets.slice(0, index).concat(widgets, self.widgets.slice(index))
        self._keys = self._keys.slice(0, index).concat(keys, self._keys.slice(index))
        __pragma__("opov")

    def _remove(self, index, count):
        __pragma__("noopov")
        removed = self.widgets.splice(index, count)
        self._keys.splice(index, count)
        if self.widgets.length == 0:
            self.element.textContent = ""
        else:
            for position in range(removed.length):
                self.element.removeChild(removed[position].element)
        for position in range(removed.length):
            widget = removed[position]
            widget.parent = None
            widget.dispose()
        __pragma__("opov")

    def _replace(self, index, item, old):
        key = self._key(item)
        if key == self._keys[index]:
            if self._update is not None:
                self._update(self.widgets[index], item)
                return
        elif key in self._keys:
            self.reconcile(self.items.to_list())
            return
        widget = self._make(item)
        old_widget = self.widgets[index]
        self.element.replaceChild(widget.element, old_widget.element)
        old_widget.parent = None
        old_widget.dispose()
        self.widgets[index] = widget
        self._keys[index] = key

    def _swap(self, first, second):
        """Exchange two rows: two DOM moves, whatever the list's length."""
        widgets = self.widgets
        one = widgets[first].element
        two = widgets[second].element
        after_two = two.nextSibling
        self.element.insertBefore(two, one)
        self.element.insertBefore(one, after_two)
        held = widgets[first]
        widgets[first] = widgets[second]
        widgets[second] = held
        keys = self._keys
        held = keys[first]
        keys[first] = keys[second]
        keys[second] = held

    def reconcile(self, items):
        """Make the view show ``items``, reusing the widget of each key it already shows and
        moving as few elements as it can."""
        old_index = {}
        for index in range(len(self._keys)):
            old_index[self._keys[index]] = index
        keys = [self._key(item) for item in items]
        kept = {}
        sources = []
        for index in range(len(keys)):
            found = old_index.get(keys[index], -1)
            sources.append(found)
            if found >= 0:
                kept[found] = True
        if len(kept) == 0:
            if len(self.widgets) > 0:
                self._remove(0, len(self.widgets))
            self._insert(0, items)
            return
        else:
            for index in range(len(self.widgets)):
                if index not in kept:
                    widget = self.widgets[index]
                    self.element.removeChild(widget.element)
                    widget.parent = None
                    widget.dispose()
        stay = stable_positions(sources)
        widgets = []
        for index in range(len(items)):
            found = sources[index]
            if found >= 0:
                widget = self.widgets[found]
                if self._update is not None:
                    self._update(widget, items[index])
                widgets.append(widget)
            else:
                widgets.append(self._make(items[index]))
        following = None
        for index in range(len(widgets) - 1, -1, -1):
            widget = widgets[index]
            if index not in stay:
                self.element.insertBefore(widget.element, following)
            following = widget.element
        self.widgets = widgets
        self._keys = keys

    def dispose(self):
        for widget in self.widgets:
            widget.dispose()
        Widget.dispose(self)
