"""The base of every widget: one DOM element, style names, visibility and events."""


class Widget:
    """A piece of UI backed by one DOM element.

    ``style_name`` adds CSS classes (space separated); every widget also carries
    ``pytk-<ClassName>`` so themes can style it.
    """

    tag = "div"

    def __init__(self, style_name=None, element=None):
        self.element = element if element is not None else document.createElement(self.tag)
        self.parent = None
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
        self.element.hidden = not visible

    def is_visible(self):
        return not self.element.hidden

    def set_title(self, title):
        """The tooltip; set as an attribute value, never as markup."""
        self.element.setAttribute("title", title)

    def add_handler(self, event_name, handler):
        """Call ``handler(event)`` on each DOM event of that name; return a function that removes it."""
        def listener(event):
            return handler(event)

        self.element.addEventListener(event_name, listener)

        def remove():
            self.element.removeEventListener(event_name, listener)

        return remove

    def remove_from_parent(self):
        if self.parent is not None:
            self.parent.remove(self)
