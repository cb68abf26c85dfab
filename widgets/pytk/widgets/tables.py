"""Tables: Grid (a fixed number of rows and columns) and FlexTable (grows as cells are set).

A cell holds text (set as text) or a widget. ``headers`` adds a header row of ``<th scope=col>``.
"""
from pytk.widgets.widget import Widget


class HTMLTable(Widget):
    """What Grid and FlexTable share: a ``<table>`` with a ``<tbody>`` of rows."""

    tag = "table"

    def __init__(self, headers=None, caption=None, style_name=None):
        Widget.__init__(self, style_name)
        self._widgets = {}
        if caption is not None:
            element = document.createElement("caption")
            element.textContent = str(caption)
            self.element.appendChild(element)
        if headers is not None:
            head = document.createElement("thead")
            row = document.createElement("tr")
            for header in headers:
                cell = document.createElement("th")
                cell.setAttribute("scope", "col")
                cell.textContent = str(header)
                row.appendChild(cell)
            head.appendChild(row)
            self.element.appendChild(head)
        self.body = document.createElement("tbody")
        self.element.appendChild(self.body)

    def get_row_count(self):
        return self.body.rows.length

    row_count = property(get_row_count)

    def get_cell_count(self, row):
        return self.body.rows[row].cells.length

    def cell_element(self, row, column):
        """The ``<td>`` at ``(row, column)``; an ``IndexError`` outside the table."""
        if row < 0 or row >= self.get_row_count() or column < 0 or column >= self.get_cell_count(row):
            raise IndexError("no cell (" + str(row) + ", " + str(column) + ")")
        return self.body.rows[row].cells[column]

    def _detach(self, row, column):
        key = str(row) + "," + str(column)
        if key in self._widgets:
            widget = self._widgets[key]
            del self._widgets[key]
            widget.parent = None

    def set_text(self, row, column, text):
        self.prepare_cell(row, column)
        self._detach(row, column)
        self.cell_element(row, column).textContent = str(text)

    def get_text(self, row, column):
        return self.cell_element(row, column).textContent

    def set_widget(self, row, column, widget):
        self.prepare_cell(row, column)
        self._detach(row, column)
        widget.remove_from_parent()
        cell = self.cell_element(row, column)
        cell.textContent = ""
        cell.appendChild(widget.element)
        widget.parent = self
        self._widgets[str(row) + "," + str(column)] = widget

    def get_widget(self, row, column):
        return self._widgets.get(str(row) + "," + str(column))

    def remove(self, widget):
        for key in list(self._widgets.keys()):
            if self._widgets[key] is widget:
                del self._widgets[key]
                widget.parent = None
                widget.element.parentNode.removeChild(widget.element)
                return True
        return False

    def prepare_cell(self, row, column):
        """Grid checks bounds; FlexTable creates the cell."""
        pass

    def dispose(self):
        for widget in self._widgets.values():
            widget.dispose()
        Widget.dispose(self)


class Grid(HTMLTable):
    """A table of ``rows`` x ``columns`` cells; ``resize`` changes its size."""

    def __init__(self, rows=0, columns=0, headers=None, caption=None, style_name=None):
        HTMLTable.__init__(self, headers, caption, style_name)
        self.columns = 0
        self.resize(rows, columns)

    def resize(self, rows, columns):
        while self.get_row_count() > rows:
            self.body.deleteRow(-1)
        for row in range(self.get_row_count()):
            element = self.body.rows[row]
            while element.cells.length > columns:
                element.deleteCell(-1)
            while element.cells.length < columns:
                element.insertCell(-1)
        while self.get_row_count() < rows:
            element = self.body.insertRow(-1)
            for column in range(columns):
                element.insertCell(-1)
        self.columns = columns

    def get_column_count(self):
        return self.columns

    column_count = property(get_column_count)


class FlexTable(HTMLTable):
    """A table whose rows and cells are created as they are set; rows may differ in length."""

    def prepare_cell(self, row, column):
        if row < 0 or column < 0:
            raise IndexError("negative cell index")
        while self.get_row_count() <= row:
            self.body.insertRow(-1)
        element = self.body.rows[row]
        while element.cells.length <= column:
            element.insertCell(-1)

    def insert_row(self, before):
        """Insert an empty row before row ``before``; return its index."""
        self.body.insertRow(before)
        self._shift_widgets(before, 1)
        return before

    def remove_row(self, row):
        for column in range(self.get_cell_count(row)):
            self._detach(row, column)
        self.body.deleteRow(row)
        self._shift_widgets(row + 1, -1)

    def _shift_widgets(self, from_row, delta):
        moved = {}
        for key in list(self._widgets.keys()):
            parts = key.split(",")
            row = int(parts[0])
            if row >= from_row:
                moved[str(row + delta) + "," + parts[1]] = self._widgets[key]
                del self._widgets[key]
        for key in moved.keys():
            self._widgets[key] = moved[key]

    def add_row(self, cells):
        """Append a row of texts or widgets; return its index."""
        row = self.get_row_count()
        self.body.insertRow(-1)
        for column in range(len(cells)):
            cell = cells[column]
            if isinstance(cell, Widget):
                self.set_widget(row, column, cell)
            else:
                self.set_text(row, column, cell)
        return row
