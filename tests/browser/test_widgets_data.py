"""Data widgets in real headless Chromium: DataGrid (columns, sorting, paging, selection,
keyboard, rows from a list or pages fetched over RPC from a real server) and CellList."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

SHARED = '''
from dataclasses import dataclass

from pytk.rpc import Service


@dataclass
class Person:
    ident: int
    name: str
    age: int


@dataclass
class PersonPage:
    rows: list[Person]
    total: int


class PeopleService(Service):
    async def page(self, start: int, count: int, sort_column: int, ascending: bool) -> PersonPage: ...
'''

SERVER = '''
from gallery.shared.people import PeopleService, Person, PersonPage

PEOPLE = [Person(ident=n, name="person %02d" % n, age=(n * 37) % 90) for n in range(95)]


class PeopleServiceImpl(PeopleService):
    requests = 0

    async def page(self, start: int, count: int, sort_column: int, ascending: bool) -> PersonPage:
        PeopleServiceImpl.requests += 1
        rows = list(PEOPLE)
        if sort_column >= 0:
            rows.sort(key=lambda person: person.name if sort_column == 0 else person.age, reverse=not ascending)
        return PersonPage(rows=rows[start:start + count], total=len(rows))
'''

CLIENT = '''
from pytk.widgets import Button, FlowPanel, Label, ObservableList, RootPanel
from pytk.widgets.celllist import CellList
from pytk.widgets.datagrid import Column, DataGrid, Page
from pytk.widgets.selection import SelectionModel

from gallery.shared.people import PeopleService


class Fruit:
    def __init__(self, ident, name, price):
        self.ident = ident
        self.name = name
        self.price = price


def main():
    log = Label("", style_name="log")
    fruits = ObservableList([Fruit(n, "fruit " + str(n).zfill(2), (n * 7) % 50) for n in range(45)])
    local = DataGrid([
        Column("Name", value=lambda fruit: fruit.name, sortable=True),
        Column("Price", value=lambda fruit: fruit.price, sortable=True),
        Column("", render=lambda fruit: Button("Buy " + fruit.name, on_click=lambda event: log.set_text("buy " + fruit.name))),
    ], rows=fruits, key=lambda fruit: fruit.ident, page_size=10, label="Fruit", style_name="local")

    async def fetch(request):
        page = await PeopleService().page(request.start, request.count, request.sort_column, request.ascending)
        return Page(page.rows, page.total)

    people = SelectionModel(multiple=True, key=lambda person: person.ident,
                            on_change=lambda selected: log.set_text(", ".join([p.name for p in selected])))
    remote = DataGrid([
        Column("Name", value=lambda person: person.name, sortable=True),
        Column("Age", value=lambda person: person.age, sortable=True),
    ], provider=fetch, key=lambda person: person.ident, page_size=20, selection=people, label="People",
        style_name="remote")
    letters = ObservableList(["alpha", "beta", "gamma", "delta"])
    cells = CellList(letters, lambda text: Label(text), selection=SelectionModel(multiple=True), label="Letters",
                     style_name="cells")
    window.fruits = fruits
    window.add_fruit = lambda: fruits.append(Fruit(100, "fruit new", 1))
    window.local_selected = lambda: [fruit.name for fruit in local.selection.selected]
    window.cells_selected = lambda: cells.selection.selected
    RootPanel.get("app").add(FlowPanel([local, remote, cells, log]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    files = {"gallery/shared/people.py": SHARED, "gallery/server/people.py": SERVER}
    with served_client(tmp_path_factory.mktemp("data"), CLIENT, files) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def column(app, grid: str, index: int) -> list[str]:
    return app.locator(f".{grid} tbody tr td:nth-child({index})").all_text_contents()


def test_grid_pages_and_sorts_rows_from_a_list(app):
    assert app.get_attribute(".local table", "role") == "grid"
    assert column(app, "local", 1) == ["fruit %02d" % n for n in range(10)]
    assert app.text_content(".local .pytk-DataGrid-range") == "1\u201310 of 45"
    assert app.is_disabled(".local [aria-label='Previous page']")
    app.click(".local th >> text=Price")
    assert app.get_attribute(".local th:nth-child(2)", "aria-sort") == "ascending"
    prices = [int(p) for p in column(app, "local", 2)]
    assert prices == sorted(prices) and prices[0] == 0
    app.click(".local th >> text=Price")
    assert app.get_attribute(".local th:nth-child(2)", "aria-sort") == "descending"
    assert int(column(app, "local", 2)[0]) == 49
    app.click(".local [aria-label='Last page']")
    assert app.text_content(".local .pytk-DataGrid-range") == "41\u201345 of 45"
    assert app.is_disabled(".local [aria-label='Next page']")
    app.evaluate("add_fruit()")  # the grid follows its ObservableList
    assert app.text_content(".local .pytk-DataGrid-range") == "41\u201346 of 46"
    app.click(".local tbody tr:first-child button")  # a widget in a cell
    assert app.text_content(".log").startswith("buy fruit")


def test_grid_selection_by_mouse_and_keyboard_survives_paging(app):
    app.click(".local tbody tr:nth-child(2) td:first-child")
    assert app.get_attribute(".local tbody tr:nth-child(2)", "aria-selected") == "true"
    assert app.evaluate("local_selected()") == ["fruit 01"]
    app.keyboard.press("ArrowDown")
    app.keyboard.press("Space")  # one row at a time by default
    assert app.evaluate("local_selected()") == ["fruit 02"]
    assert app.locator(".local tbody tr[aria-selected=true]").count() == 1
    app.keyboard.press("PageDown")
    assert app.text_content(".local .pytk-DataGrid-range") == "11\u201320 of 45"
    assert app.evaluate("document.activeElement.textContent").startswith("fruit 10")
    app.click(".local [aria-label='First page']")
    assert app.get_attribute(".local tbody tr:nth-child(3)", "aria-selected") == "true"


def test_grid_fetches_pages_over_rpc(app):
    app.wait_for_function("document.querySelectorAll('.remote tbody tr').length === 20")
    assert column(app, "remote", 1)[:2] == ["person 00", "person 01"]
    assert app.text_content(".remote .pytk-DataGrid-range") == "1\u201320 of 95"
    app.click(".remote th >> text=Age")  # a call over the page's websocket (HTTP when it is down)
    app.wait_for_function("document.querySelector('.remote th:nth-child(2)').getAttribute('aria-sort') === 'ascending'"
                          " && !document.querySelector('.remote').hasAttribute('aria-busy')")
    ages = [int(a) for a in column(app, "remote", 2)]
    assert ages == sorted(ages) and ages[0] == 0  # sorted by the server, over the whole table
    app.click(".remote [aria-label='Last page']")
    app.wait_for_function("document.querySelector('.remote .pytk-DataGrid-range').textContent === '81\u201395 of 95'")
    assert len(column(app, "remote", 1)) == 15
    app.click(".remote tbody tr:nth-child(1) td:first-child")
    app.click(".remote tbody tr:nth-child(2) td:first-child")  # several rows: a multiple SelectionModel
    assert app.locator(".remote tbody tr[aria-selected=true]").count() == 2
    assert app.text_content(".log").count("person") == 2


def test_cell_list_is_a_keyboard_listbox(app):
    assert app.get_attribute(".cells", "role") == "listbox"
    assert app.get_attribute(".cells", "aria-multiselectable") == "true"
    assert app.locator(".cells [role=option]").count() == 4
    app.focus(".cells")
    app.keyboard.press("ArrowDown")
    active = app.get_attribute(".cells", "aria-activedescendant")
    assert app.text_content("#" + active) == "beta"
    app.keyboard.press("Space")
    app.keyboard.press("End")
    app.keyboard.press("Enter")
    assert app.evaluate("cells_selected()") == ["beta", "delta"]
    assert app.locator(".cells [aria-selected=true]").all_text_contents() == ["beta", "delta"]
    app.click(".cells [role=option] >> text=beta")
    assert app.evaluate("cells_selected()") == ["delta"]
