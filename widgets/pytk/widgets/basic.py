"""Basic widgets: Label, HTML, Button, ToggleButton, Hyperlink, Image, ProgressBar, TextBox.

Every text argument may also be a ``Binding`` (``Label(text=bind(name))``).
"""
from pytk.widgets.safehtml import SafeHtml
from pytk.widgets.safeuri import is_safe_image_uri, sanitize_uri
from pytk.widgets.widget import FocusWidget, Widget


class Label(Widget):
    """Text shown as text (GWT's Label)."""

    tag = "div"

    def __init__(self, text="", style_name=None):
        Widget.__init__(self, style_name)
        self.bind_or_set(text, self.set_text)

    def get_text(self):
        return self.element.textContent

    def set_text(self, text):
        self.element.textContent = str(text)

    text = property(get_text, set_text)


class HTML(Widget):
    """Markup, accepted only as ``SafeHtml`` (see ``pytk.widgets.safehtml``)."""

    tag = "div"

    def __init__(self, html=None, style_name=None):
        Widget.__init__(self, style_name)
        self.bind_or_set(html if html is not None else SafeHtml.constant(""), self.set_html)

    def get_html(self):
        return self._html

    def set_html(self, html):
        if not isinstance(html, SafeHtml):
            raise TypeError("HTML takes SafeHtml, not " + type(html).__name__
                            + ": use SafeHtml.escape(text), .format(...) or .sanitize(markup)")
        self._html = html
        self.element.innerHTML = html.markup

    html = property(get_html, set_html)

    def get_text(self):
        return self.element.textContent

    text = property(get_text)


class Button(FocusWidget):
    """A push button; ``on_click`` is called with the click event."""

    tag = "button"

    def __init__(self, text="", on_click=None, enabled=True, style_name=None):
        FocusWidget.__init__(self, style_name)
        self.element.setAttribute("type", "button")
        self.bind_or_set(text, self.set_text)
        self.bind_or_set(enabled, self.set_enabled)
        if on_click is not None:
            self.add_click_handler(on_click)

    def get_text(self):
        return self.element.textContent

    def set_text(self, text):
        self.element.textContent = str(text)

    text = property(get_text, set_text)

    def add_click_handler(self, handler):
        return self.add_handler("click", handler)

    def click(self):
        self.element.click()


class ToggleButton(Button):
    """A button that stays down or up (``aria-pressed``); ``on_toggle(down)`` after each click."""

    def __init__(self, text="", down=False, on_toggle=None, style_name=None):
        Button.__init__(self, text, None, True, style_name)
        self._on_toggle = on_toggle
        self.bind_or_set(down, self.set_down)
        self.add_handler("click", self._clicked)

    def _clicked(self, event):
        self.set_down(not self.is_down())
        if self._on_toggle is not None:
            self._on_toggle(self.is_down())

    def is_down(self):
        return self.element.getAttribute("aria-pressed") == "true"

    def set_down(self, down):
        self.set_aria("pressed", bool(down))
        if down:
            self.element.classList.add("pytk-down")
        else:
            self.element.classList.remove("pytk-down")

    down = property(is_down, set_down)


class Hyperlink(Widget):
    """A link. ``href`` loses unsafe schemes (``javascript:`` becomes ``#``); with ``on_click``
    the click is handled in the page instead of navigating (router-style links)."""

    tag = "a"

    def __init__(self, text="", href="#", on_click=None, new_window=False, style_name=None):
        Widget.__init__(self, style_name)
        self.bind_or_set(text, self.set_text)
        self.bind_or_set(href, self.set_href)
        if new_window:
            self.element.setAttribute("target", "_blank")
            self.element.setAttribute("rel", "noopener noreferrer")
        if on_click is not None:
            def clicked(event):
                if event.ctrlKey or event.metaKey or event.shiftKey or event.button != 0:
                    return None
                event.preventDefault()
                return on_click(event)

            self.add_handler("click", clicked)

    def get_text(self):
        return self.element.textContent

    def set_text(self, text):
        self.element.textContent = str(text)

    text = property(get_text, set_text)

    def get_href(self):
        return self.element.getAttribute("href")

    def set_href(self, href):
        self.element.setAttribute("href", sanitize_uri(href))

    href = property(get_href, set_href)


class Image(Widget):
    """A picture; ``alt`` is its text for screen readers (empty marks it decorative)."""

    tag = "img"

    def __init__(self, src="", alt="", width=None, height=None, on_load=None, on_error=None,
                 style_name=None):
        Widget.__init__(self, style_name)
        self.bind_or_set(alt, self.set_alt)
        if width is not None:
            self.element.setAttribute("width", str(width))
        if height is not None:
            self.element.setAttribute("height", str(height))
        if on_load is not None:
            self.add_handler("load", on_load)
        if on_error is not None:
            self.add_handler("error", on_error)
        self.bind_or_set(src, self.set_src)

    def get_src(self):
        return self.element.getAttribute("src") or ""

    def set_src(self, src):
        text = str(src)
        self.element.setAttribute("src", text if is_safe_image_uri(text) else "")

    src = property(get_src, set_src)

    def get_alt(self):
        return self.element.getAttribute("alt")

    def set_alt(self, alt):
        self.element.setAttribute("alt", str(alt))

    alt = property(get_alt, set_alt)


class ProgressBar(Widget):
    """Progress from ``minimum`` to ``maximum`` (``role=progressbar``); ``value=None`` is
    indeterminate. ``text`` (a function of the value) labels the bar."""

    def __init__(self, value=0, minimum=0, maximum=100, label=None, style_name=None):
        Widget.__init__(self, style_name)
        self.minimum = minimum
        self.maximum = maximum
        self.element.setAttribute("role", "progressbar")
        self.element.setAttribute("aria-valuemin", str(minimum))
        self.element.setAttribute("aria-valuemax", str(maximum))
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        self._bar = document.createElement("div")
        self._bar.className = "pytk-ProgressBar-bar"
        self._text = document.createElement("span")
        self._text.className = "pytk-ProgressBar-text"
        self.element.appendChild(self._bar)
        self.element.appendChild(self._text)
        self._value = None
        self.bind_or_set(value, self.set_value)

    def get_value(self):
        return self._value

    def set_value(self, value):
        if value is None:
            self._value = None
            self.element.removeAttribute("aria-valuenow")
            self.element.classList.add("pytk-indeterminate")
            self._bar.style.width = "100%"
            self._text.textContent = ""
            return
        value = max(self.minimum, min(self.maximum, value))
        self._value = value
        self.element.classList.remove("pytk-indeterminate")
        self.element.setAttribute("aria-valuenow", str(value))
        span = self.maximum - self.minimum
        percent = 0 if span == 0 else round((value - self.minimum) * 100 / span)
        self._bar.style.width = str(percent) + "%"
        self._text.textContent = str(percent) + "%"

    value = property(get_value, set_value)

    def get_percent(self):
        span = self.maximum - self.minimum
        if self._value is None or span == 0:
            return None
        return round((self._value - self.minimum) * 100 / span)


class TextBox(FocusWidget):
    """A one-line text input.

    ``on_change`` runs when the user commits an edit, ``on_input`` on every edit and
    ``on_enter`` when Enter is pressed; each gets the DOM event. ``value=bind(observable)``
    keeps the box and the observable in step both ways.
    """

    tag = "input"
    input_type = "text"

    def __init__(self, value="", placeholder=None, on_change=None, on_input=None, on_enter=None,
                 label=None, max_length=None, enabled=True, style_name=None):
        FocusWidget.__init__(self, style_name)
        self.element.setAttribute("type", self.input_type)
        self.bind_or_set(value, self.set_value)
        if hasattr(value, "is_two_way") and value.is_two_way():
            self.add_handler("input", lambda event: value.write_back(self.get_value()))
        if placeholder is not None:
            self.element.setAttribute("placeholder", str(placeholder))
        if label is not None:
            self.element.setAttribute("aria-label", str(label))
        if max_length is not None:
            self.element.setAttribute("maxlength", str(max_length))
        self.bind_or_set(enabled, self.set_enabled)
        if on_change is not None:
            self.add_handler("change", on_change)
        if on_input is not None:
            self.add_handler("input", on_input)
        if on_enter is not None:
            def on_key(event):
                if event.key == "Enter":
                    return on_enter(event)
                return None

            self.add_handler("keydown", on_key)

    def get_text(self):
        return self.element.value

    def get_value(self):
        return self.element.value

    def set_value(self, value):
        text = "" if value is None else str(value)
        if self.element.value != text:
            self.element.value = text

    value = property(get_value, set_value)

    def select_all(self):
        self.element.select()
