"""Basic widgets: Label, Button, TextBox."""
from pytk.widgets.widget import Widget


class Label(Widget):
    """Text shown as text (GWT's Label)."""

    tag = "div"

    def __init__(self, text="", style_name=None):
        Widget.__init__(self, style_name)
        self.set_text(text)

    def get_text(self):
        return self.element.textContent

    def set_text(self, text):
        self.element.textContent = str(text)

    text = property(get_text, set_text)


class Button(Widget):
    """A push button; ``on_click`` is called with the click event."""

    tag = "button"

    def __init__(self, text="", on_click=None, style_name=None):
        Widget.__init__(self, style_name)
        self.element.setAttribute("type", "button")
        self.set_text(text)
        if on_click is not None:
            self.add_click_handler(on_click)

    def get_text(self):
        return self.element.textContent

    def set_text(self, text):
        self.element.textContent = str(text)

    text = property(get_text, set_text)

    def get_enabled(self):
        return not self.element.disabled

    def set_enabled(self, enabled):
        self.element.disabled = not enabled

    enabled = property(get_enabled, set_enabled)

    def add_click_handler(self, handler):
        return self.add_handler("click", handler)

    def click(self):
        self.element.click()


class TextBox(Widget):
    """A one-line text input.

    ``on_change`` runs when the user commits an edit, ``on_input`` on every edit and
    ``on_enter`` when Enter is pressed; each gets the DOM event.
    """

    tag = "input"
    input_type = "text"

    def __init__(self, value="", placeholder=None, on_change=None, on_input=None, on_enter=None,
                 style_name=None):
        Widget.__init__(self, style_name)
        self.element.setAttribute("type", self.input_type)
        self.set_value(value)
        if placeholder is not None:
            self.element.setAttribute("placeholder", placeholder)
        if on_change is not None:
            self.add_handler("change", on_change)
        if on_input is not None:
            self.add_handler("input", on_input)
        if on_enter is not None:
            def on_key(event):
                if event.key == "Enter":
                    return on_enter(event)

            self.add_handler("keydown", on_key)

    def get_value(self):
        return self.element.value

    def set_value(self, value):
        self.element.value = str(value)

    value = property(get_value, set_value)

    def get_enabled(self):
        return not self.element.disabled

    def set_enabled(self, enabled):
        self.element.disabled = not enabled

    enabled = property(get_enabled, set_enabled)

    def set_focus(self):
        self.element.focus()
