"""Router: URL routes to views, with typed parameters, back/forward and links without reloads.

A ``Router`` is a panel that shows the view of the current URL. Routes are patterns such as
``"/users/<int:ident>"``; the view function gets the parameters, converted, as keyword
arguments and returns the widget to show. By default the route lives in the URL's fragment
(``#/users/3``), which works with any server; ``mode="history"`` uses the path itself
(``/users/3``) through ``history.pushState``, for servers that answer every such path with the
app's page.
"""
from pytk.widgets.basic import Hyperlink
from pytk.widgets.widget import Widget

CONVERTERS = {
    "str": ["[^/]+", lambda text: text],
    "int": ["-?\\d+", lambda text: int(text)],
    "float": ["-?\\d+(?:\\.\\d+)?", lambda text: float(text)],
    "path": [".+", lambda text: text],
}


class Route:
    """``pattern`` (``/``-separated, with ``<name>`` or ``<type:name>`` parameters, ``type``
    being ``str``, ``int``, ``float`` or ``path``) and ``view(**parameters) -> Widget``;
    ``title`` is the document's title while the route is shown."""

    def __init__(self, pattern, view, title=None):
        self.pattern = pattern
        self.view = view
        self.title = title
        self.names = []
        self.converters = []
        expression = ""
        position = 0
        while True:
            start = pattern.find("<", position)
            if start < 0:
                break
            end = pattern.find(">", start)
            if end < 0:
                raise ValueError("unclosed '<' in route " + repr(pattern))
            expression += _escape(pattern[position:start])
            spec = pattern[start + 1:end]
            kind = "str"
            name = spec
            if ":" in spec:
                kind = spec[:spec.find(":")]
                name = spec[spec.find(":") + 1:]
            if kind not in CONVERTERS:
                raise ValueError("unknown parameter type '" + kind + "' in route " + repr(pattern))
            self.names.append(name)
            self.converters.append(CONVERTERS[kind][1])
            expression += "(" + CONVERTERS[kind][0] + ")"
            position = end + 1
        expression += _escape(pattern[position:])
        self._matcher = RegExp("^" + expression + "$")

    def match(self, path):
        """The converted parameters if ``path`` matches, else ``None``."""
        found = self._matcher.exec(path)
        if found is None:
            return None
        parameters = {}
        for index in range(len(self.names)):
            parameters[self.names[index]] = self.converters[index](decodeURIComponent(found[index + 1]))
        return parameters

    def build(self, **parameters):
        """The path of this route with ``parameters`` filled in (each one URL-encoded)."""
        path = self.pattern
        for name in self.names:
            start = path.find("<")
            end = path.find(">", start)
            path = path[:start] + encodeURIComponent(str(parameters[name])) + path[end + 1:]
        return path


def _escape(text):
    special = "\\^$.|?*+()[]{}"
    return "".join(["\\" + character if character in special else character for character in text])


class Router(Widget):
    """Shows the view of the route that matches the URL; ``not_found(path)`` (a view) for none.
    ``on_navigate(path)`` runs after each change of view."""

    def __init__(self, routes, not_found=None, mode="hash", on_navigate=None, label=None, style_name=None):
        Widget.__init__(self, style_name)
        if mode != "hash" and mode != "history":
            raise ValueError("Router mode must be 'hash' or 'history', not " + repr(mode))
        self.routes = routes
        self.not_found = not_found
        self.mode = mode
        self.on_navigate = on_navigate
        self.view = None
        self.path = None
        self.element.setAttribute("tabindex", "-1")
        if label is not None:
            self.element.setAttribute("role", "region")
            self.element.setAttribute("aria-label", str(label))
        self._listener = lambda event: self.show(self.current_path())
        window.addEventListener("hashchange" if mode == "hash" else "popstate", self._listener)
        self.show(self.current_path())

    def current_path(self):
        if self.mode == "hash":
            fragment = window.location.hash
            return fragment[1:] if fragment.startswith("#") and len(fragment) > 1 else "/"
        return window.location.pathname

    def href(self, path):
        """The ``href`` that leads to ``path``."""
        return "#" + path if self.mode == "hash" else path

    def navigate(self, path, replace=False, focus=True):
        """Show ``path`` and record it in the history (``replace`` overwrites the current entry)."""
        if path == self.path:
            return
        if replace:
            window.history.replaceState(None, "", self.href(path))
        else:
            window.history.pushState(None, "", self.href(path))
        self.show(path)
        if focus:
            self.element.focus()

    def show(self, path):
        """Show the view for ``path`` without touching the history."""
        view = None
        title = None
        for route in self.routes:
            parameters = route.match(path)
            if parameters is not None:
                view = route.view(**parameters)
                title = route.title
                break
        if view is None and self.not_found is not None:
            view = self.not_found(path)
        if self.view is not None:
            self.view.dispose()
            self.view.parent = None
            self.element.textContent = ""
        self.view = view
        self.path = path
        if view is not None:
            view.parent = self
            self.element.appendChild(view.element)
        if title is not None:
            document.title = title
        if self.on_navigate is not None:
            self.on_navigate(path)

    def link(self, text, path, style_name=None):
        """A ``Hyperlink`` to ``path`` that navigates without reloading the page (Ctrl-, Shift-
        and middle-clicks still open it in another tab)."""
        return Hyperlink(text, self.href(path), on_click=lambda event: self.navigate(path), style_name=style_name)

    def remove(self, widget):
        return False

    def dispose(self):
        window.removeEventListener("hashchange" if self.mode == "hash" else "popstate", self._listener)
        if self.view is not None:
            self.view.dispose()
        Widget.dispose(self)
