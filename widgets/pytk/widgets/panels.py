"""Panels: widgets that hold other widgets."""
from pytk.widgets.widget import Widget


class Panel(Widget):
    """A widget with children, kept in order (GWT's FlowPanel)."""

    def __init__(self, children=None, style_name=None, element=None):
        Widget.__init__(self, style_name, element)
        self.children = []
        for child in children or []:
            self.add(child)

    def container(self):
        """The element that holds the children's elements (the panel's own, unless a subclass wraps them)."""
        return self.element

    def add(self, widget):
        """Append ``widget``, taking it from its current parent; return it."""
        widget.remove_from_parent()
        self.children.append(widget)
        widget.parent = self
        self.container().appendChild(widget.element)
        return widget

    def insert(self, widget, index):
        """Put ``widget`` before the child at ``index``; return it."""
        widget.remove_from_parent()
        index = max(0, min(index, len(self.children)))
        before = self.children[index].element if index < len(self.children) else None
        self.children.insert(index, widget)
        widget.parent = self
        self.container().insertBefore(widget.element, before)
        return widget

    def remove(self, widget):
        """Remove a child; return whether it was one."""
        if widget not in self.children:
            return False
        self.children.remove(widget)
        widget.parent = None
        widget.element.parentNode.removeChild(widget.element)
        return True

    def clear(self):
        for widget in list(self.children):
            self.remove(widget)

    def dispose(self):
        for child in self.children:
            child.dispose()
        Widget.dispose(self)

    def __len__(self):
        return len(self.children)


class FlowPanel(Panel):
    """Children one after the other, wrapping as text does (GWT's FlowPanel)."""

    def __init__(self, children=None, style_name=None):
        Panel.__init__(self, children, style_name)


class VerticalPanel(Panel):
    """Children stacked top to bottom."""

    def __init__(self, children=None, spacing=0, style_name=None):
        Panel.__init__(self, None, style_name)
        self.element.style.display = "flex"
        self.element.style.flexDirection = "column"
        self.element.style.gap = str(spacing) + "px"
        for child in children or []:
            self.add(child)


class HorizontalPanel(Panel):
    """Children side by side, left to right."""

    def __init__(self, children=None, spacing=0, style_name=None):
        Panel.__init__(self, None, style_name)
        self.element.style.display = "flex"
        self.element.style.flexDirection = "row"
        self.element.style.alignItems = "center"
        self.element.style.gap = str(spacing) + "px"
        for child in children or []:
            self.add(child)


class ScrollPanel(Panel):
    """Children in a box of fixed ``height`` (and ``width``) that scrolls; keyboard users can
    scroll it too (it is focusable)."""

    def __init__(self, children=None, height=None, width=None, label=None, style_name=None):
        Panel.__init__(self, children, style_name)
        self.element.style.overflow = "auto"
        self.element.setAttribute("tabindex", "0")
        self.element.setAttribute("role", "region")
        self.element.setAttribute("aria-label", str(label) if label is not None else "Scrollable content")
        if height is not None:
            self.element.style.height = str(height) + "px" if isinstance(height, int) else height
        if width is not None:
            self.element.style.width = str(width) + "px" if isinstance(width, int) else width

    def get_scroll_position(self):
        return self.element.scrollTop

    def set_scroll_position(self, position):
        self.element.scrollTop = position

    scroll_position = property(get_scroll_position, set_scroll_position)

    def scroll_to_bottom(self):
        self.element.scrollTop = self.element.scrollHeight


class DisclosurePanel(Panel):
    """A header that shows or hides its content when clicked (``<details>``/``<summary>``).
    ``on_toggle(open)`` runs after each change."""

    tag = "details"

    def __init__(self, header="", children=None, open=False, on_toggle=None, style_name=None):
        Panel.__init__(self, None, style_name)
        self._summary = document.createElement("summary")
        self._summary.className = "pytk-DisclosurePanel-header"
        self.element.appendChild(self._summary)
        self._content = document.createElement("div")
        self._content.className = "pytk-DisclosurePanel-content"
        self.element.appendChild(self._content)
        self.bind_or_set(header, self.set_header)
        for child in children or []:
            self.add(child)
        self.element.open = bool(open)
        if on_toggle is not None:
            self.add_handler("toggle", lambda event: on_toggle(self.is_open()))

    def container(self):
        return self._content

    def set_header(self, text):
        self._summary.textContent = str(text)

    def get_header(self):
        return self._summary.textContent

    header = property(get_header, set_header)

    def is_open(self):
        return bool(self.element.open)

    def set_open(self, is_open):
        self.element.open = bool(is_open)

    opened = property(is_open, set_open)


class RootPanel(Panel):
    """The page's own elements as panels: ``RootPanel.get()`` is the body,
    ``RootPanel.get("id")`` the element with that id."""

    _panels = {}

    def __init__(self, element):
        Panel.__init__(self, None, None, element)

    @staticmethod
    def get(element_id=None):
        key = element_id or "<body>"
        if key not in RootPanel._panels:
            element = document.body if element_id is None else document.getElementById(element_id)
            if element is None:
                raise KeyError("no element with id '" + element_id + "' in the page")
            RootPanel._panels[key] = RootPanel(element)
        return RootPanel._panels[key]
