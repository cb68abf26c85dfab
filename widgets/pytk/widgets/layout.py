"""Layout panels: DockLayoutPanel, SplitLayoutPanel (draggable) and StackLayoutPanel."""
from pytk.widgets.widget import Widget


def _length(size):
    return str(size) + "px" if isinstance(size, int) or isinstance(size, float) else str(size)


class DockLayoutPanel(Widget):
    """Widgets docked at the edges around a centre (a CSS grid): ``north``, ``south``, ``west`` and
    ``east`` are ``(widget, size)`` pairs (size in pixels, or any CSS length), ``center`` a widget.
    The panel fills its parent's height (``height``, a CSS length, to set one)."""

    def __init__(self, center=None, north=None, south=None, west=None, east=None, height="100%", style_name=None):
        Widget.__init__(self, style_name)
        self.parts = {}
        self.sizes = {}
        style = self.element.style
        style.display = "grid"
        style.height = height
        for area, part in [["north", north], ["south", south], ["west", west], ["east", east]]:
            if part is not None:
                self._place(area, part[0], part[1])
        if center is not None:
            self._place("center", center, None)

    def _place(self, area, widget, size):
        old = self.parts.get(area)
        if old is not None:
            old.parent = None
            self.element.removeChild(old.element)
        widget.remove_from_parent()
        widget.parent = self
        widget.element.style.gridArea = area
        widget.element.style.overflow = "auto"
        widget.element.style.minWidth = "0"
        widget.element.style.minHeight = "0"
        self.parts[area] = widget
        if size is not None:
            self.sizes[area] = _length(size)
        self.element.appendChild(widget.element)
        self._layout()
        return widget

    def add_north(self, widget, size):
        return self._place("north", widget, size)

    def add_south(self, widget, size):
        return self._place("south", widget, size)

    def add_west(self, widget, size):
        return self._place("west", widget, size)

    def add_east(self, widget, size):
        return self._place("east", widget, size)

    def add(self, widget):
        """The centre."""
        return self._place("center", widget, None)

    def remove(self, widget):
        for area in list(self.parts.keys()):
            if self.parts[area] is widget:
                del self.parts[area]
                widget.parent = None
                self.element.removeChild(widget.element)
                self._layout()
                return True
        return False

    def _layout(self):
        has = lambda area: area in self.parts
        columns = []
        middle = []
        if has("west"):
            columns.append(self.sizes["west"])
            middle.append("west")
        columns.append("1fr")
        middle.append("center")
        if has("east"):
            columns.append(self.sizes["east"])
            middle.append("east")
        rows = []
        areas = []
        if has("north"):
            rows.append(self.sizes["north"])
            areas.append('"' + " ".join(["north"] * len(middle)) + '"')
        rows.append("1fr")
        areas.append('"' + " ".join(middle) + '"')
        if has("south"):
            rows.append(self.sizes["south"])
            areas.append('"' + " ".join(["south"] * len(middle)) + '"')
        style = self.element.style
        style.gridTemplateColumns = " ".join(columns)
        style.gridTemplateRows = " ".join(rows)
        style.gridTemplateAreas = " ".join(areas)

    def dispose(self):
        for widget in self.parts.values():
            widget.dispose()
        Widget.dispose(self)


class SplitLayoutPanel(Widget):
    """Two widgets side by side (``vertical=True``: one above the other) with a separator the user
    drags, or moves with the arrow keys (10 pixels; Home and End to the limits), to share the space.
    ``position`` is the first widget's size in pixels, kept between ``minimum`` and the panel's
    size less ``minimum``; ``on_resize(position)`` runs after each move."""

    def __init__(self, first, second, position=200, vertical=False, minimum=40, label="Resize", on_resize=None,
                 height="100%", style_name=None):
        Widget.__init__(self, style_name)
        self.vertical = vertical
        self.minimum = minimum
        self.on_resize = on_resize
        self.first = first
        self.second = second
        style = self.element.style
        style.display = "flex"
        style.flexDirection = "column" if vertical else "row"
        style.height = height
        self.separator = document.createElement("div")
        self.separator.className = "pytk-SplitLayoutPanel-separator"
        self.separator.setAttribute("role", "separator")
        self.separator.setAttribute("tabindex", "0")
        self.separator.setAttribute("aria-label", str(label))
        self.separator.setAttribute("aria-orientation", "horizontal" if vertical else "vertical")
        self.separator.setAttribute("aria-valuemin", str(minimum))
        self.separator.style.flex = "0 0 6px"
        self.separator.style.cursor = "row-resize" if vertical else "col-resize"
        self.separator.style.touchAction = "none"
        for widget in [first, second]:
            widget.parent = self
            widget.element.style.overflow = "auto"
            widget.element.style.minWidth = "0"
            widget.element.style.minHeight = "0"
        second.element.style.flex = "1 1 0"
        self.element.appendChild(first.element)
        self.element.appendChild(self.separator)
        self.element.appendChild(second.element)
        self._drag_from = None
        self.separator.addEventListener("pointerdown", self._pointer_down)
        self.separator.addEventListener("pointermove", self._pointer_move)
        self.separator.addEventListener("pointerup", self._pointer_up)
        self.separator.addEventListener("keydown", self._key)
        self.position = 0
        self.set_position(position, False)

    def _extent(self):
        box = self.element.getBoundingClientRect()
        return box.height if self.vertical else box.width

    def set_position(self, position, notify=True):
        """Give the first widget ``position`` pixels (clamped)."""
        extent = self._extent()
        largest = extent - self.minimum - 6 if extent > 0 else position
        position = round(max(self.minimum, min(position, largest)))
        self.position = position
        self.first.element.style.flex = "0 0 " + str(position) + "px"
        self.separator.setAttribute("aria-valuenow", str(position))
        if extent > 0:
            self.separator.setAttribute("aria-valuemax", str(round(largest)))
        if notify and self.on_resize is not None:
            self.on_resize(position)

    def _pointer_down(self, event):
        event.preventDefault()
        self.separator.setPointerCapture(event.pointerId)
        self._drag_from = [event.clientY if self.vertical else event.clientX, self.position]
        self.separator.classList.add("pytk-dragging")

    def _pointer_move(self, event):
        if self._drag_from is None:
            return
        now = event.clientY if self.vertical else event.clientX
        self.set_position(self._drag_from[1] + now - self._drag_from[0])

    def _pointer_up(self, event):
        self._drag_from = None
        self.separator.classList.remove("pytk-dragging")

    def _key(self, event):
        key = event.key
        back = "ArrowUp" if self.vertical else "ArrowLeft"
        forward = "ArrowDown" if self.vertical else "ArrowRight"
        if key == back:
            self.set_position(self.position - 10)
        elif key == forward:
            self.set_position(self.position + 10)
        elif key == "Home":
            self.set_position(self.minimum)
        elif key == "End":
            self.set_position(self._extent())
        else:
            return
        event.preventDefault()

    def dispose(self):
        self.first.dispose()
        self.second.dispose()
        Widget.dispose(self)


class StackLayoutPanel(Widget):
    """Sections stacked under their headers, one open at a time (an accordion). ``sections`` is a
    list of ``(title, widget)``. Each header is a button (``aria-expanded``, ``aria-controls``);
    Up and Down move between headers, Home and End to the first and last.
    ``on_select(index)`` runs when the user opens another section."""

    _count = [0]

    def __init__(self, sections=None, selected=0, on_select=None, style_name=None):
        Widget.__init__(self, style_name)
        StackLayoutPanel._count[0] += 1
        self._prefix = "pytk-stack-" + str(StackLayoutPanel._count[0]) + "-"
        self.on_select = on_select
        self.headers = []
        self.sections = []
        self._regions = []
        self.selected_index = -1
        for section in sections or []:
            self.add(section[1], section[0])
        if len(self.sections) > 0:
            self.select(selected)

    def add(self, widget, title):
        index = len(self.sections)
        header = document.createElement("button")
        header.setAttribute("type", "button")
        header.className = "pytk-StackLayoutPanel-header"
        header.id = self._prefix + "header-" + str(index)
        header.textContent = str(title)
        header.setAttribute("aria-expanded", "false")
        region = document.createElement("div")
        region.className = "pytk-StackLayoutPanel-content"
        region.id = self._prefix + "content-" + str(index)
        region.setAttribute("role", "region")
        region.setAttribute("aria-labelledby", header.id)
        region.hidden = True
        header.setAttribute("aria-controls", region.id)
        header.addEventListener("click", lambda event: self.select(index, True))
        header.addEventListener("keydown", lambda event: self._key(event, index))
        widget.parent = self
        region.appendChild(widget.element)
        self.element.appendChild(header)
        self.element.appendChild(region)
        self.headers.append(header)
        self._regions.append(region)
        self.sections.append(widget)
        return widget

    def select(self, index, notify=False):
        """Open section ``index`` and close the others."""
        if index < 0 or index >= len(self.sections):
            raise IndexError("no section " + str(index))
        changed = index != self.selected_index
        for position in range(len(self.sections)):
            is_open = position == index
            self.headers[position].setAttribute("aria-expanded", "true" if is_open else "false")
            self._regions[position].hidden = not is_open
        self.selected_index = index
        if notify and changed and self.on_select is not None:
            self.on_select(index)

    def _key(self, event, index):
        count = len(self.headers)
        moves = {"ArrowDown": (index + 1) % count, "ArrowUp": (index - 1 + count) % count, "Home": 0,
                 "End": count - 1}
        if event.key in moves:
            event.preventDefault()
            self.headers[moves[event.key]].focus()

    def remove(self, widget):
        return False

    def dispose(self):
        for widget in self.sections:
            widget.dispose()
        Widget.dispose(self)
