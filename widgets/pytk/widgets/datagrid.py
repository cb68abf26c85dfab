"""DataGrid: a table of rows with columns, sorting, paging, selection and an async data source.

Rows come either from a list (or ``ObservableList``), sorted and paged in the browser, or from a
``provider``: ``async def provider(request) -> Page`` that fetches one page at a time (over RPC,
typically), told the rows wanted and the sort order by a ``PageRequest``. The visible page is
rendered by key, so a new page or a new order reuses the rows it already shows.
"""
from pytk.widgets.listview import ListView
from pytk.widgets.reactive import ObservableList
from pytk.widgets.selection import SelectionModel
from pytk.widgets.widget import Widget


class Column:
    """One column: a ``title``; ``value(row)`` for its text; ``render(row) -> Widget`` instead,
    for a widget in each cell; ``sort_key(row)`` (or ``sortable=True``, to sort by ``value``)
    to let the user sort by it. With a provider, sorting is the provider's job: ``sortable=True``
    is enough."""

    def __init__(self, title, value=None, render=None, sort_key=None, sortable=False, width=None):
        self.title = title
        self.value = value
        self.render = render
        self.sort_key = sort_key if sort_key is not None else (value if sortable else None)
        self.sortable = sortable or sort_key is not None
        self.width = width


class PageRequest:
    """What a provider is asked for: ``count`` rows from ``start``, sorted by ``sort_column``
    (the column's index, or -1 for the source's own order), ascending or not."""

    def __init__(self, start, count, sort_column, ascending):
        self.start = start
        self.count = count
        self.sort_column = sort_column
        self.ascending = ascending


class Page:
    """What a provider returns: the ``rows`` of the page and the ``total`` number of rows."""

    def __init__(self, rows, total):
        self.rows = rows
        self.total = total


class GridRow(Widget):
    """One ``<tr>`` of a DataGrid."""

    tag = "tr"

    def __init__(self, grid, row):
        Widget.__init__(self)
        self.row = row
        self.element.setAttribute("aria-selected", "true" if grid.selection.is_selected(row) else "false")
        self.element.setAttribute("tabindex", "-1")
        for column in grid.columns:
            cell = document.createElement("td")
            if column.render is not None:
                widget = column.render(row)
                widget.parent = self
                cell.appendChild(widget.element)
                self.on_dispose(widget.dispose)
            elif column.value is not None:
                cell.textContent = str(column.value(row))
            self.element.appendChild(cell)


class DataGrid(Widget):
    """The grid (``role=grid``, with ``aria-sort`` on sortable headers and ``aria-selected`` on
    rows). ``rows`` or ``provider`` give the data; ``page_size`` rows show at a time, with a
    pager below; ``selection`` is a ``SelectionModel`` (one row by default, ``None`` for none).
    Keys: Up/Down/Home/End move between rows, PageUp/PageDown change page, Space/Enter select.
    """

    def __init__(self, columns, rows=None, provider=None, key=None, page_size=20, selection=False,
                 label=None, on_error=None, style_name=None):
        Widget.__init__(self, style_name)
        self.columns = columns
        self.key = key if key is not None else (lambda row: row)
        self.page_size = page_size
        self.provider = provider
        self.on_error = on_error
        if selection is False:
            selection = SelectionModel(key=self.key)
        self.selection = selection
        self.sort_column = -1
        self.ascending = True
        self.start = 0
        self.total = 0
        self.loading = False
        self._request = 0
        self._rows = None
        self.page = ObservableList()
        self.table = document.createElement("table")
        self.table.setAttribute("role", "grid")
        if label is not None:
            self.table.setAttribute("aria-label", str(label))
        self.element.appendChild(self.table)
        self._headers = []
        self._build_header()
        self.body = ListView(self.page, lambda row: GridRow(self, row), key=self.key, tag="tbody")
        self.body.parent = self
        self.table.appendChild(self.body.element)
        self.status = document.createElement("div")
        self.status.className = "pytk-DataGrid-status"
        self.status.setAttribute("role", "status")
        self.element.appendChild(self.status)
        self._build_pager()
        self.body.add_handler("click", self._clicked)
        self.body.add_handler("keydown", self._key)
        if self.selection is not None:
            self.on_dispose(self.selection.subscribe(lambda selected: self._refresh_selection()))
        if rows is not None:
            self.set_rows(rows)
        elif provider is not None:
            self.refresh()

    def _build_header(self):
        head = document.createElement("thead")
        row = document.createElement("tr")
        for index in range(len(self.columns)):
            column = self.columns[index]
            cell = document.createElement("th")
            cell.setAttribute("scope", "col")
            if column.width is not None:
                cell.style.width = column.width
            if column.sortable:
                button = document.createElement("button")
                button.setAttribute("type", "button")
                button.className = "pytk-DataGrid-sort"
                button.textContent = str(column.title)
                button.addEventListener("click", self._sort_handler(index))
                cell.appendChild(button)
                cell.setAttribute("aria-sort", "none")
            else:
                cell.textContent = str(column.title)
            self._headers.append(cell)
            row.appendChild(cell)
        head.appendChild(row)
        self.table.appendChild(head)

    def _build_pager(self):
        pager = document.createElement("div")
        pager.className = "pytk-DataGrid-pager"
        self._first = self._pager_button(pager, "First page", "\u00ab", lambda event: self.go_to(0))
        self._previous = self._pager_button(pager, "Previous page", "\u2039",
                                            lambda event: self.go_to(self.start - self.page_size))
        self._range = document.createElement("span")
        self._range.className = "pytk-DataGrid-range"
        pager.appendChild(self._range)
        self._next = self._pager_button(pager, "Next page", "\u203a",
                                        lambda event: self.go_to(self.start + self.page_size))
        self._last = self._pager_button(pager, "Last page", "\u00bb", lambda event: self.go_to(self._last_start()))
        self.element.appendChild(pager)

    def _pager_button(self, pager, label, text, handler):
        button = document.createElement("button")
        button.setAttribute("type", "button")
        button.setAttribute("aria-label", label)
        button.textContent = text
        button.addEventListener("click", handler)
        pager.appendChild(button)
        return button

    def _sort_handler(self, index):
        return lambda event: self.sort_by(index, not self.ascending if self.sort_column == index else True)

    def _last_start(self):
        if self.total == 0:
            return 0
        return ((self.total - 1) // self.page_size) * self.page_size

    def set_rows(self, rows):
        """Show ``rows`` (a list or an ObservableList, which the grid then follows)."""
        self.provider = None
        self._rows = rows
        if isinstance(rows, ObservableList):
            self.on_dispose(rows.subscribe(lambda change: self.refresh()))
        self.refresh()

    def sort_by(self, column, ascending=True):
        """Sort by column ``column`` (an index); back to the first page."""
        self.sort_column = column
        self.ascending = ascending
        for index in range(len(self._headers)):
            header = self._headers[index]
            if header.hasAttribute("aria-sort"):
                state = "none"
                if index == column:
                    state = "ascending" if ascending else "descending"
                header.setAttribute("aria-sort", state)
        self.start = 0
        return self.refresh()

    def go_to(self, start):
        """Show the page that starts at row ``start`` (clamped to the data)."""
        self.start = max(0, min(start, self._last_start()))
        return self.refresh()

    async def refresh(self):
        """Fetch (or compute) the current page and show it."""
        if self.provider is None:
            rows = list(self._rows or [])
            if self.sort_column >= 0:
                column = self.columns[self.sort_column]
                rows.sort(key=column.sort_key, reverse=not self.ascending)
            self.total = len(rows)
            self.start = max(0, min(self.start, self._last_start()))
            self._show(rows[self.start:self.start + self.page_size])
            return
        self._request += 1
        request = self._request
        self.loading = True
        self.element.setAttribute("aria-busy", "true")
        self.status.textContent = "Loading…"
        try:
            page = await self.provider(PageRequest(self.start, self.page_size, self.sort_column, self.ascending))
        except Exception as error:
            if request == self._request:
                self.loading = False
                self.element.removeAttribute("aria-busy")
                self.status.textContent = "Could not load the rows: " + str(error)
                if self.on_error is not None:
                    self.on_error(error)
            return
        if request != self._request:
            return  # a later request has been made: its answer wins
        self.loading = False
        self.element.removeAttribute("aria-busy")
        self.status.textContent = ""
        self.total = page.total
        self._show(page.rows)

    def _show(self, rows):
        self.page.set_all(rows)
        end = self.start + len(rows)
        self._range.textContent = (str(self.start + 1) + "\u2013" + str(end) if end > self.start else "0") \
            + " of " + str(self.total)
        self._first.disabled = self.start == 0
        self._previous.disabled = self.start == 0
        self._next.disabled = end >= self.total
        self._last.disabled = end >= self.total

    def _refresh_selection(self):
        for widget in self.body.widgets:
            selected = self.selection.is_selected(widget.row)
            widget.element.setAttribute("aria-selected", "true" if selected else "false")

    def visible_rows(self):
        """The rows of the page shown, in order."""
        return self.page.to_list()

    def _row_index(self, element):
        widgets = self.body.widgets
        for index in range(len(widgets)):
            if widgets[index].element.contains(element):
                return index
        return -1

    def _focus_row(self, index):
        widgets = self.body.widgets
        if len(widgets) == 0:
            return
        index = max(0, min(index, len(widgets) - 1))
        for position in range(len(widgets)):
            widgets[position].element.setAttribute("tabindex", "0" if position == index else "-1")
        widgets[index].element.focus()

    def _clicked(self, event):
        index = self._row_index(event.target)
        if index < 0:
            return
        self._focus_row(index)
        if self.selection is not None and event.target.closest("button, a, input, select, textarea") is None:
            self.selection.toggle(self.body.widgets[index].row)

    async def _key(self, event):
        index = self._row_index(document.activeElement)
        if index < 0:
            return
        key = event.key
        if key == "ArrowDown":
            self._focus_row(index + 1)
        elif key == "ArrowUp":
            self._focus_row(index - 1)
        elif key == "Home":
            self._focus_row(0)
        elif key == "End":
            self._focus_row(len(self.body.widgets) - 1)
        elif key == "PageDown" or key == "PageUp":
            event.preventDefault()
            await self.go_to(self.start + (self.page_size if key == "PageDown" else -self.page_size))
            self._focus_row(0)
            return
        elif (key == " " or key == "Enter") and self.selection is not None:
            self.selection.toggle(self.body.widgets[index].row)
        else:
            return
        event.preventDefault()

    def dispose(self):
        self.body.dispose()
        Widget.dispose(self)
