"""The keyed js-framework-benchmark app, built from pytk widgets.

Rows live in an ObservableList; a ListView renders one RowView (a ``<tr>``) per row, keyed by
the row's id; each label is an Observable the row's link is bound to, so "update every 10th
row" touches 100 text nodes and nothing else.
"""
import random

from pytk.widgets.basic import Button
from pytk.widgets.listview import ListView
from pytk.widgets.panels import FlowPanel, RootPanel
from pytk.widgets.reactive import Observable, ObservableList
from pytk.widgets.widget import Widget

ADJECTIVES = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint", "clean",
              "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd", "unsightly", "adorable", "important",
              "inexpensive", "cheap", "expensive", "fancy"]
COLOURS = ["red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black", "orange"]
NOUNS = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger", "pizza", "mouse",
         "keyboard"]


class Row:
    """One row's data: a fixed id and an observable label."""

    def __init__(self, ident, label):
        self.ident = ident
        self.label = Observable(label)


def row_key(row):
    return row.ident


class RowView(Widget):
    """A ``<tr>`` made by cloning one template row; its label follows ``row.label``."""

    tag = "tr"
    template = None

    def __init__(self, row):
        if RowView.template is None:
            RowView.template = document.createElement("tr")
            RowView.template.innerHTML = ('<td class="col-md-1"></td><td class="col-md-4"><a class="lbl"> </a></td>'
                                          '<td class="col-md-1"><a class="remove"><span class="remove" '
                                          'aria-hidden="true"></span></a></td><td class="col-md-6"></td>')
        Widget.__init__(self, None, RowView.template.cloneNode(True))
        # Per-row work runs thousands of times: plain JavaScript operations from here on.
        __pragma__("noopov")
        self.row = row
        cell = self.element.firstChild
        cell.textContent = row.ident
        text = cell.nextSibling.firstChild.firstChild
        text.nodeValue = row.label._value

        def relabel(label):
            text.nodeValue = label

        self.on_dispose(row.label.subscribe(relabel))
        self.element.pytk_row = self
        __pragma__("opov")


class Benchmark:
    """The app's state and the benchmark's operations."""

    def __init__(self):
        self.rows = ObservableList()
        self.next_id = 1
        self.selected = None
        self.view = ListView(self.rows, RowView, key=row_key, tag="tbody")
        self.view.add_handler("click", self.clicked)

    def build(self, count):
        made = []
        for _ in range(count):
            label = random.choice(ADJECTIVES) + " " + random.choice(COLOURS) + " " + random.choice(NOUNS)
            made.append(Row(self.next_id, label))
            self.next_id += 1
        return made

    def run(self, event=None):
        self.selected = None
        self.rows.set_all(self.build(1000))

    def run_lots(self, event=None):
        self.selected = None
        self.rows.set_all(self.build(10000))

    def add(self, event=None):
        self.rows.extend(self.build(1000))

    def update(self, event=None):
        for index in range(0, len(self.rows), 10):
            label = self.rows[index].label
            label.set(label.get() + " !!!")

    def clear(self, event=None):
        self.selected = None
        self.rows.clear()

    def swap_rows(self, event=None):
        if len(self.rows) > 998:
            self.rows.swap(1, 998)

    def clicked(self, event):
        target = event.target
        row_element = target.closest("tr")
        if row_element is None:
            return
        view = row_element.pytk_row
        if target.closest(".lbl") is not None:
            event.preventDefault()
            if self.selected is not None:
                self.selected.remove_style_name("danger")
            view.add_style_name("danger")
            self.selected = view
        elif target.closest(".remove") is not None:
            event.preventDefault()
            if self.selected is view:
                self.selected = None
            self.rows.remove(view.row)


def button(text, ident, handler):
    widget = Button(text, on_click=handler, style_name="btn")
    widget.element.id = ident
    return widget


def main():
    bench = Benchmark()
    heading = Widget(None, document.createElement("h1"))
    heading.element.textContent = "pytk keyed"
    buttons = FlowPanel([
        button("Create 1,000 rows", "run", bench.run),
        button("Create 10,000 rows", "runlots", bench.run_lots),
        button("Append 1,000 rows", "add", bench.add),
        button("Update every 10th row", "update", bench.update),
        button("Clear", "clear", bench.clear),
        button("Swap Rows", "swaprows", bench.swap_rows),
    ])
    table = Widget(None, document.createElement("table"))
    table.element.className = "table test-data"
    table.element.appendChild(bench.view.element)
    RootPanel.get("app").add(FlowPanel([FlowPanel([heading, buttons], style_name="jumbotron"), table]))
    document.body.setAttribute("data-ready", "yes")
