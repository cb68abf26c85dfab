"""CellList: a keyed, selectable, keyboard-operated list (``role=listbox``)."""
from pytk.widgets.listview import ListView
from pytk.widgets.selection import SelectionModel
from pytk.widgets.widget import Widget


class CellList(Widget):
    """Items of an ``ObservableList`` rendered by ``render(item) -> Widget`` as the options of
    a ``listbox``, updated by key like a ``ListView``. Click, or Space/Enter, selects (through
    ``selection``, a ``SelectionModel``: one item by default); Up/Down/Home/End move."""

    def __init__(self, items, render, key=None, selection=None, label=None, style_name=None):
        Widget.__init__(self, style_name)
        self.selection = selection if selection is not None else SelectionModel(key=key)
        self.element.setAttribute("role", "listbox")
        self.element.setAttribute("tabindex", "0")
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        if self.selection.multiple:
            self.element.setAttribute("aria-multiselectable", "true")
        self._count = 0
        self._active = -1
        self.view = ListView(items, self._render_option(render), key=key, role="presentation")
        self.view.parent = self
        self.element.appendChild(self.view.element)
        self.on_dispose(self.selection.subscribe(lambda selected: self._refresh()))
        self.add_handler("click", self._clicked)
        self.add_handler("keydown", self._key)
        self.add_handler("focus", self._focused)
        self._refresh()

    def _render_option(self, render):
        def option(item):
            widget = render(item)
            self._count += 1
            widget.element.setAttribute("role", "option")
            widget.element.id = "pytk-option-" + str(self._count)
            widget.element.setAttribute("aria-selected", "true" if self.selection.is_selected(item) else "false")
            widget.pytk_item = item
            return widget

        return option

    def _refresh(self):
        for widget in self.view.widgets:
            selected = self.selection.is_selected(widget.pytk_item)
            widget.element.setAttribute("aria-selected", "true" if selected else "false")

    def _index_of(self, element):
        for index in range(len(self.view.widgets)):
            if self.view.widgets[index].element.contains(element):
                return index
        return -1

    def _move(self, index):
        widgets = self.view.widgets
        if len(widgets) == 0:
            return
        index = max(0, min(index, len(widgets) - 1))
        if 0 <= self._active < len(widgets):
            widgets[self._active].element.classList.remove("pytk-active")
        self._active = index
        widgets[index].element.classList.add("pytk-active")
        widgets[index].element.scrollIntoView(JSON.parse('{"block": "nearest"}'))
        self.element.setAttribute("aria-activedescendant", widgets[index].element.id)

    def _focused(self, event):
        if self._active < 0 or self._active >= len(self.view.widgets):
            self._move(0)

    def _clicked(self, event):
        index = self._index_of(event.target)
        if index >= 0:
            self._move(index)
            self.selection.toggle(self.view.widgets[index].pytk_item)

    def _key(self, event):
        key = event.key
        moves = {"ArrowDown": self._active + 1, "ArrowUp": self._active - 1, "Home": 0,
                 "End": len(self.view.widgets) - 1}
        if key in moves:
            self._move(moves[key])
        elif (key == " " or key == "Enter") and 0 <= self._active < len(self.view.widgets):
            self.selection.toggle(self.view.widgets[self._active].pytk_item)
        else:
            return
        event.preventDefault()

    def dispose(self):
        self.view.dispose()
        Widget.dispose(self)
