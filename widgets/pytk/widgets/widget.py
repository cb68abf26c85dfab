"""The base of every widget: one DOM element, style names, visibility, events and bindings."""
from pytk.widgets.reactive import Binding
from pytk.widgets.safeuri import sanitize_uri

URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster", "srcset"]


class Widget:
    """A piece of UI backed by one DOM element.

    ``style_name`` adds CSS classes (space separated); every widget also carries
    ``pytk-<ClassName>`` so themes can style it.
    """

    tag = "div"

    def __init__(self, style_name=None, element=None):
        self.element = element if element is not None else document.createElement(self.tag)
        self.parent = None
        self._disposers = []
        self.element.classList.add("pytk-" + self.__class__.__name__)
        if style_name:
            for name in style_name.split():
                self.add_style_name(name)

    def add_style_name(self, name):
        self.element.classList.add(name)

    def remove_style_name(self, name):
        self.element.classList.remove(name)

    def has_style_name(self, name):
        return self.element.classList.contains(name)

    def set_visible(self, visible):
        """Show or hide the widget (the ``hidden`` attribute; an inline ``display``, such as a
        VerticalPanel's, is put aside while hidden)."""
        style = self.element.style
        if visible:
            if self.element.hidden and style.display == "none":
                style.display = self.element.getAttribute("data-pytk-display") or ""
                self.element.removeAttribute("data-pytk-display")
        elif not self.element.hidden:
            if style.display != "":
                self.element.setAttribute("data-pytk-display", style.display)
            style.display = "none"
        self.element.hidden = not visible

    def is_visible(self):
        return not self.element.hidden

    visible = property(is_visible, set_visible)

    def set_title(self, title):
        """The tooltip; set as an attribute value, never as markup."""
        self.set_attribute("title", title)

    def get_title(self):
        return self.element.getAttribute("title") or ""

    title = property(get_title, set_title)

    def set_attribute(self, name, value):
        """Set an attribute as text. Event-handler attributes (``on...``) are refused and
        URL attributes (``href``, ``src`` ...) lose unsafe schemes such as ``javascript:``."""
        lowered = str(name).lower()
        if lowered.startswith("on"):
            raise ValueError("event-handler attributes cannot be set: use add_handler")
        text = str(value)
        if lowered in URL_ATTRIBUTES:
            text = sanitize_uri(text)
        self.element.setAttribute(name, text)

    def set_aria(self, name, value):
        """Set ``aria-<name>``; ``None`` removes it, booleans become "true"/"false"."""
        if value is None:
            self.element.removeAttribute("aria-" + name)
        elif value is True or value is False:
            self.element.setAttribute("aria-" + name, "true" if value else "false")
        else:
            self.element.setAttribute("aria-" + name, str(value))

    def add_handler(self, event_name, handler):
        """Call ``handler(event)`` on each DOM event of that name; return a function that removes it."""
        def listener(event):
            return handler(event)

        self.element.addEventListener(event_name, listener)

        def remove():
            self.element.removeEventListener(event_name, listener)

        return remove

    def bind_or_set(self, value, setter):
        """Call ``setter(value)``, or, for a ``Binding``, with its value now and on every change
        until the widget is disposed."""
        if isinstance(value, Binding):
            setter(value.current())
            self._disposers.append(value.subscribe(setter))
        else:
            setter(value)

    def on_dispose(self, disposer):
        """Run ``disposer()`` when the widget is disposed."""
        self._disposers.append(disposer)

    def dispose(self):
        """Stop every binding of this widget (and of its children, for panels)."""
        for disposer in self._disposers:
            disposer()
        self._disposers = []

    def remove_from_parent(self):
        if self.parent is not None:
            self.parent.remove(self)


class FocusWidget(Widget):
    """A widget that takes the keyboard focus and can be disabled."""

    def get_enabled(self):
        return not self.element.disabled

    def set_enabled(self, enabled):
        self.element.disabled = not enabled

    enabled = property(get_enabled, set_enabled)

    def set_focus(self):
        self.element.focus()

    def has_focus(self):
        return document.activeElement is self.element
