"""TabLayoutPanel: pages behind a row of tabs (the WAI-ARIA tabs pattern).

The tabs form a ``tablist``; the arrow keys, Home and End move between them and select the
tab they reach, and only the selected tab is in the Tab order.
"""
from pytk.widgets.panels import Panel
from pytk.widgets.widget import Widget


class TabLayoutPanel(Widget):
    """Tabs with a page each. ``tabs`` is a list of ``(title, widget)``; ``on_select(index)``
    runs when the user selects another tab."""

    _count = [0]

    def __init__(self, tabs=None, selected=0, label=None, on_select=None, style_name=None):
        Widget.__init__(self, style_name)
        TabLayoutPanel._count[0] += 1
        self._prefix = "pytk-tabs-" + str(TabLayoutPanel._count[0]) + "-"
        self.on_select = on_select
        self.tab_bar = document.createElement("div")
        self.tab_bar.className = "pytk-TabLayoutPanel-tabs"
        self.tab_bar.setAttribute("role", "tablist")
        if label is not None:
            self.tab_bar.setAttribute("aria-label", str(label))
        self.element.appendChild(self.tab_bar)
        self.tabs = []
        self.pages = []
        self._page_elements = []
        self._selected = -1
        self.tab_bar.addEventListener("keydown", self._key)
        for tab in tabs or []:
            self.add(tab[1], tab[0])
        if len(self.pages) > 0:
            self.select(selected)

    def add(self, widget, title):
        """Append a page with its tab title; return the page widget."""
        index = len(self.pages)
        tab = document.createElement("button")
        tab.setAttribute("type", "button")
        tab.setAttribute("role", "tab")
        tab.id = self._prefix + "tab-" + str(index)
        tab.className = "pytk-TabLayoutPanel-tab"
        tab.textContent = str(title)
        tab.setAttribute("aria-selected", "false")
        tab.setAttribute("tabindex", "-1")
        tab.addEventListener("click", lambda event: self.select(index, True))
        page = document.createElement("div")
        page.className = "pytk-TabLayoutPanel-page"
        page.id = self._prefix + "page-" + str(index)
        page.setAttribute("role", "tabpanel")
        page.setAttribute("aria-labelledby", tab.id)
        page.setAttribute("tabindex", "0")
        page.hidden = True
        tab.setAttribute("aria-controls", page.id)
        page.appendChild(widget.element)
        widget.parent = self
        self.tab_bar.appendChild(tab)
        self.element.appendChild(page)
        self.tabs.append(tab)
        self.pages.append(widget)
        self._page_elements.append(page)
        if self._selected < 0:
            self.select(0)
        return widget

    def get_selected_index(self):
        return self._selected

    def select(self, index, notify=False):
        """Show page ``index``; ``notify`` also calls ``on_select`` (as a user's choice does)."""
        if index < 0 or index >= len(self.tabs):
            raise IndexError("no tab " + str(index))
        changed = index != self._selected
        for position in range(len(self.tabs)):
            chosen = position == index
            tab = self.tabs[position]
            tab.setAttribute("aria-selected", "true" if chosen else "false")
            tab.setAttribute("tabindex", "0" if chosen else "-1")
            self._page_elements[position].hidden = not chosen
        self._selected = index
        if notify and changed and self.on_select is not None:
            self.on_select(index)

    selected_index = property(get_selected_index, select)

    def _key(self, event):
        count = len(self.tabs)
        moves = {"ArrowRight": self._selected + 1, "ArrowLeft": self._selected - 1 + count,
                 "Home": 0, "End": count - 1}
        if event.key not in moves:
            return
        event.preventDefault()
        index = moves[event.key] % count
        self.select(index, True)
        self.tabs[index].focus()

    def remove(self, widget):
        return False

    def dispose(self):
        for page in self.pages:
            page.dispose()
        Widget.dispose(self)
