"""Panels: widgets that hold other widgets."""
from pytk.widgets.widget import Widget


class Panel(Widget):
    """A widget with children, kept in order (GWT's FlowPanel)."""

    def __init__(self, children=None, style_name=None, element=None):
        Widget.__init__(self, style_name, element)
        self.children = []
        for child in children or []:
            self.add(child)

    def add(self, widget):
        """Append ``widget``, taking it from its current parent; return it."""
        widget.remove_from_parent()
        self.children.append(widget)
        widget.parent = self
        self.element.appendChild(widget.element)
        return widget

    def remove(self, widget):
        """Remove a child; return whether it was one."""
        if widget not in self.children:
            return False
        self.children.remove(widget)
        widget.parent = None
        self.element.removeChild(widget.element)
        return True

    def clear(self):
        for widget in list(self.children):
            self.remove(widget)

    def __len__(self):
        return len(self.children)


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
