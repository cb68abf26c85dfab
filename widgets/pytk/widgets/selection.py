"""SelectionModel: which rows of a CellList or DataGrid are selected, by key."""


class SelectionModel:
    """Selected items, remembered by ``key(item)`` so a selection survives paging, sorting and
    fresh copies of the data. ``multiple`` allows several; ``on_change(selected items)`` runs
    after each change, as do the functions given to ``subscribe``."""

    def __init__(self, multiple=False, key=None, on_change=None):
        self.multiple = multiple
        self.key = key if key is not None else (lambda item: item)
        self._selected = {}
        self._observers = []
        if on_change is not None:
            self._observers.append(on_change)

    def subscribe(self, observer):
        """Call ``observer(selected items)`` after each change; return the unsubscriber."""
        self._observers.append(observer)

        def unsubscribe():
            position = self._observers.indexOf(observer)
            if position >= 0:
                self._observers.splice(position, 1)

        return unsubscribe

    def _changed(self):
        selected = self.get_selected()
        for observer in list(self._observers):
            observer(selected)

    def is_selected(self, item):
        return self.key(item) in self._selected

    def set_selected(self, item, selected=True):
        key = self.key(item)
        if selected == (key in self._selected):
            return
        if selected:
            if not self.multiple:
                self._selected = {}
            self._selected[key] = item
        else:
            del self._selected[key]
        self._changed()

    def toggle(self, item):
        self.set_selected(item, not self.is_selected(item))

    def clear(self):
        if len(self._selected) > 0:
            self._selected = {}
            self._changed()

    def get_selected(self):
        """The selected items, in the order they were selected."""
        return list(self._selected.values())

    selected = property(get_selected)

    def get_selected_item(self):
        """The selected item (the first one), or ``None``."""
        items = self.get_selected()
        return items[0] if len(items) > 0 else None
