"""Data: grids and lists of many rows."""
from pytk.widgets import Button, Label, ObservableList, VerticalPanel
from pytk.widgets.celllist import CellList
from pytk.widgets.datagrid import Column, DataGrid, Page
from pytk.widgets.selection import SelectionModel

from showcase.shared.planets import PlanetService


class Book:
    def __init__(self, ident, title, year):
        self.ident = ident
        self.title = title
        self.year = year


def data_grid_demo():
    """DataGrid: sorting, paging, selection."""
    books = ObservableList([Book(n, "Volume " + str(n), 1900 + (n * 17) % 120) for n in range(1, 38)])
    chosen = Label("", style_name="demo-output")
    grid = DataGrid([
        Column("Title", value=lambda book: book.title, sortable=True),
        Column("Year", value=lambda book: book.year, sortable=True),
    ], rows=books, key=lambda book: book.ident, page_size=8, label="Books",
        selection=SelectionModel(key=lambda book: book.ident,
                                 on_change=lambda selected: chosen.set_text(", ".join([b.title for b in selected]))))
    return VerticalPanel([grid, chosen], spacing=8)


def remote_grid_demo():
    """DataGrid over RPC: the server sorts and pages."""
    async def fetch(request):
        page = await PlanetService().page(request.start, request.count, request.sort_column, request.ascending)
        return Page(page.rows, page.total)

    return DataGrid([
        Column("Planet", value=lambda planet: planet.name, sortable=True),
        Column("Moons", value=lambda planet: planet.moons, sortable=True),
        Column("Radius (km)", value=lambda planet: planet.radius_km, sortable=True),
    ], provider=fetch, key=lambda planet: planet.name, page_size=4, label="Planets")


def cell_list_demo():
    """CellList: a keyboard list box of any widgets."""
    colours = ObservableList(["Red", "Green", "Blue", "Yellow"])
    out = Label("", style_name="demo-output")
    cells = CellList(colours, lambda colour: Label(colour), label="Colours",
                     selection=SelectionModel(multiple=True, on_change=lambda chosen: out.set_text(", ".join(chosen))))
    return VerticalPanel([cells, Button("Add Purple", on_click=lambda event: colours.append("Purple")), out], spacing=8)


DEMOS = {"data_grid_demo": data_grid_demo, "remote_grid_demo": remote_grid_demo, "cell_list_demo": cell_list_demo}
