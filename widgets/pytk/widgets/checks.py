"""CheckBox, RadioButton and RadioGroup: an input with its label."""
from pytk.widgets.widget import Widget


class CheckBox(Widget):
    """A check box with its text (``<label><input type=checkbox> text</label>``).

    ``value`` is ``True``/``False`` and may be bound both ways (``value=bind(agreed)``);
    ``on_change(event)`` runs when the user toggles it.
    """

    tag = "label"
    input_type = "checkbox"

    def __init__(self, text="", value=False, on_change=None, enabled=True, style_name=None):
        Widget.__init__(self, style_name)
        self.input = document.createElement("input")
        self.input.setAttribute("type", self.input_type)
        self._caption = document.createElement("span")
        self.element.appendChild(self.input)
        self.element.appendChild(self._caption)
        self.bind_or_set(text, self.set_text)
        self.bind_or_set(value, self.set_value)
        if hasattr(value, "is_two_way") and value.is_two_way():
            self.add_handler("change", lambda event: value.write_back(self.get_value()))
        self.bind_or_set(enabled, self.set_enabled)
        if on_change is not None:
            self.add_handler("change", on_change)

    def get_text(self):
        return self._caption.textContent

    def set_text(self, text):
        self._caption.textContent = str(text)

    text = property(get_text, set_text)

    def get_value(self):
        return bool(self.input.checked)

    def set_value(self, value):
        self.input.checked = bool(value)

    value = property(get_value, set_value)

    def get_enabled(self):
        return not self.input.disabled

    def set_enabled(self, enabled):
        self.input.disabled = not enabled

    enabled = property(get_enabled, set_enabled)

    def set_focus(self):
        self.input.focus()


class RadioButton(CheckBox):
    """One choice of a group: radio buttons with the same ``group`` exclude each other.
    ``choice`` is the value this button stands for."""

    input_type = "radio"

    def __init__(self, group, text="", choice=None, value=False, on_change=None, enabled=True,
                 style_name=None):
        CheckBox.__init__(self, text, value, on_change, enabled, style_name)
        self.input.setAttribute("name", str(group))
        self.choice = text if choice is None else choice
        self.input.value = str(self.choice)


class RadioGroup(Widget):
    """A group of radio buttons (``role=radiogroup``) built from ``choices``: a list of
    values, or of ``(value, text)`` pairs. ``value`` is the chosen value (or ``None``) and may be
    bound both ways; ``on_change(value)`` runs when the user picks one."""

    _groups = [0]

    def __init__(self, choices, value=None, label=None, on_change=None, style_name=None):
        Widget.__init__(self, style_name)
        RadioGroup._groups[0] += 1
        self.group = "pytk-radio-" + str(RadioGroup._groups[0])
        self.element.setAttribute("role", "radiogroup")
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        self.buttons = []
        for choice in choices:
            if isinstance(choice, list) or isinstance(choice, tuple):
                button = RadioButton(self.group, choice[1], choice[0])
            else:
                button = RadioButton(self.group, str(choice), choice)
            button.parent = self
            self.buttons.append(button)
            self.element.appendChild(button.element)
        self.bind_or_set(value, self.set_value)
        two_way = hasattr(value, "is_two_way") and value.is_two_way()

        def changed(event):
            chosen = self.get_value()
            if two_way:
                value.write_back(chosen)
            if on_change is not None:
                on_change(chosen)

        self.add_handler("change", changed)

    def get_value(self):
        for button in self.buttons:
            if button.value:
                return button.choice
        return None

    def set_value(self, value):
        for button in self.buttons:
            button.value = button.choice == value

    value = property(get_value, set_value)
