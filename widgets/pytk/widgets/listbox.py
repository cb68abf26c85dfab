"""ListBox: a list of choices, one or several selected (a ``<select>``)."""
from pytk.widgets.widget import FocusWidget


class ListBox(FocusWidget):
    """Choices shown as a drop-down, or as a list when ``multiple`` or ``visible_items`` > 1.

    ``items`` is a list of texts or of ``(value, text)`` pairs. ``value`` is the selected
    value (single selection) and ``values`` the list of selected values (both ways bindable
    with ``value=bind(...)``); ``on_change(event)`` runs when the user changes the selection.
    """

    tag = "select"

    def __init__(self, items=None, value=None, multiple=False, visible_items=None, label=None,
                 on_change=None, enabled=True, style_name=None):
        FocusWidget.__init__(self, style_name)
        self._values = []
        if multiple:
            self.element.multiple = True
        if visible_items is not None:
            self.element.size = visible_items
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        for item in items or []:
            if isinstance(item, list) or isinstance(item, tuple):
                self.add_item(item[1], item[0])
            else:
                self.add_item(item)
        if value is not None:
            self.bind_or_set(value, self.set_value)
            if hasattr(value, "is_two_way") and value.is_two_way():
                self.add_handler("change", lambda event: value.write_back(self.get_value()))
        self.bind_or_set(enabled, self.set_enabled)
        if on_change is not None:
            self.add_handler("change", on_change)

    def add_item(self, text, value=None):
        """Append a choice; ``value`` defaults to the text."""
        option = document.createElement("option")
        option.textContent = str(text)
        option.value = str(len(self._values))
        self._values.append(text if value is None else value)
        self.element.appendChild(option)

    def remove_item(self, index):
        del self._values[index]
        self.element.removeChild(self.element.options[index])
        for position in range(index, len(self._values)):
            self.element.options[position].value = str(position)

    def clear(self):
        self._values = []
        self.element.textContent = ""

    def get_item_count(self):
        return len(self._values)

    item_count = property(get_item_count)

    def get_item_text(self, index):
        return self.element.options[index].textContent

    def get_item_value(self, index):
        return self._values[index]

    def get_selected_index(self):
        """The index of the (first) selected item, or -1."""
        return self.element.selectedIndex

    def set_selected_index(self, index):
        self.element.selectedIndex = index

    selected_index = property(get_selected_index, set_selected_index)

    def is_selected(self, index):
        return bool(self.element.options[index].selected)

    def set_selected(self, index, selected=True):
        self.element.options[index].selected = selected

    def get_value(self):
        index = self.element.selectedIndex
        return None if index < 0 else self._values[index]

    def set_value(self, value):
        self.element.selectedIndex = self._values.index(value) if value in self._values else -1

    value = property(get_value, set_value)

    def get_values(self):
        return [self._values[index] for index in range(len(self._values)) if self.is_selected(index)]

    def set_values(self, values):
        for index in range(len(self._values)):
            self.set_selected(index, self._values[index] in values)

    values = property(get_values, set_values)
