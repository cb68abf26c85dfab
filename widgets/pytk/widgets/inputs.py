"""Text inputs beyond TextBox: PasswordTextBox, TextArea, IntegerBox, NumberBox."""
from pytk.widgets.basic import TextBox
from pytk.widgets.widget import FocusWidget


class PasswordTextBox(TextBox):
    """A TextBox whose characters are hidden."""

    input_type = "password"


class TextArea(FocusWidget):
    """Several lines of text; ``value`` as in TextBox (it may be bound both ways)."""

    tag = "textarea"

    def __init__(self, value="", rows=None, columns=None, placeholder=None, on_change=None,
                 on_input=None, label=None, enabled=True, style_name=None):
        FocusWidget.__init__(self, style_name)
        if rows is not None:
            self.element.setAttribute("rows", str(rows))
        if columns is not None:
            self.element.setAttribute("cols", str(columns))
        if placeholder is not None:
            self.element.setAttribute("placeholder", str(placeholder))
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        self.bind_or_set(value, self.set_value)
        if hasattr(value, "is_two_way") and value.is_two_way():
            self.add_handler("input", lambda event: value.write_back(self.get_value()))
        self.bind_or_set(enabled, self.set_enabled)
        if on_change is not None:
            self.add_handler("change", on_change)
        if on_input is not None:
            self.add_handler("input", on_input)

    def get_value(self):
        return self.element.value

    def set_value(self, value):
        text = "" if value is None else str(value)
        if self.element.value != text:
            self.element.value = text

    value = property(get_value, set_value)


class NumberBox(TextBox):
    """A box for a number: ``value`` is a float (or ``None`` when empty or not a number);
    ``text`` is what was typed. ``minimum``, ``maximum`` and ``step`` go to the input."""

    input_type = "number"

    def __init__(self, value=None, minimum=None, maximum=None, step=None, placeholder=None,
                 on_change=None, on_input=None, on_enter=None, label=None, style_name=None):
        TextBox.__init__(self, value, placeholder, on_change, on_input, on_enter, label, None, True,
                         style_name)
        if minimum is not None:
            self.element.setAttribute("min", str(minimum))
        if maximum is not None:
            self.element.setAttribute("max", str(maximum))
        if step is not None:
            self.element.setAttribute("step", str(step))
        self.minimum = minimum
        self.maximum = maximum

    def parse(self, text):
        try:
            return float(text)
        except ValueError:
            return None

    def get_value(self):
        text = self.element.value.strip()
        if text == "":
            return None
        return self.parse(text)

    def set_value(self, value):
        text = "" if value is None else str(value)
        if self.element.value != text:
            self.element.value = text

    value = property(get_value, set_value)

    def is_valid(self):
        """True when the box is empty or holds a number within ``minimum``/``maximum``."""
        if self.element.value.strip() == "":
            return not self.element.validity.badInput
        number = self.get_value()
        if number is None:
            return False
        if self.minimum is not None and number < self.minimum:
            return False
        if self.maximum is not None and number > self.maximum:
            return False
        return True


class IntegerBox(NumberBox):
    """A NumberBox for whole numbers: ``value`` is an int or ``None``."""

    def __init__(self, value=None, minimum=None, maximum=None, placeholder=None, on_change=None,
                 on_input=None, on_enter=None, label=None, style_name=None):
        NumberBox.__init__(self, value, minimum, maximum, 1, placeholder, on_change, on_input,
                           on_enter, label, style_name)

    def parse(self, text):
        try:
            return int(text)
        except ValueError:
            return None
