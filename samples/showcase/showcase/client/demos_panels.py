"""Panels: layout, tables, scrolling, disclosure."""
from pytk.widgets import (Button, DisclosurePanel, FlowPanel, HorizontalPanel, Label, ScrollPanel,
                          VerticalPanel)
from pytk.widgets.layout import DockLayoutPanel, SplitLayoutPanel, StackLayoutPanel
from pytk.widgets.tables import FlexTable, Grid


def flow_panels_demo():
    """FlowPanel, VerticalPanel, HorizontalPanel."""
    return VerticalPanel([
        FlowPanel([Label("Flow: "), Label("children follow "), Label("each other.")]),
        HorizontalPanel([Button("Left"), Button("Middle"), Button("Right")], spacing=6),
    ], spacing=8)


def grid_demo():
    """Grid: a fixed table of text and widgets."""
    grid = Grid(3, 3, headers=["Fruit", "Stock", ""], caption="Stock")
    for row, (fruit, stock) in enumerate([("Apple", 12), ("Pear", 0), ("Plum", 5)]):
        grid.set_text(row, 0, fruit)
        grid.set_text(row, 1, stock)
        grid.set_widget(row, 2, Button("Order " + fruit))
    return grid


def flex_table_demo():
    """FlexTable: rows added and removed."""
    table = FlexTable()
    table.add_row(["First row"])

    def add(event):
        table.add_row(["Row " + str(table.row_count + 1), "(added)"])

    def remove(event):
        if table.row_count > 0:
            table.remove_row(table.row_count - 1)

    return VerticalPanel([HorizontalPanel([Button("Add row", on_click=add), Button("Remove row", on_click=remove)],
                                          spacing=6), table], spacing=8)


def scroll_panel_demo():
    """ScrollPanel: a box that scrolls."""
    return ScrollPanel([Label("Line " + str(n)) for n in range(1, 31)], height=120, width=220, label="Thirty lines")


def disclosure_panel_demo():
    """DisclosurePanel: show and hide."""
    return DisclosurePanel("Details", [Label("Shown when the header is clicked or activated with the keyboard.")])


def layout_panels_demo():
    """DockLayoutPanel and SplitLayoutPanel: drag the bar."""
    split = SplitLayoutPanel(Label("Drag the bar, or focus it and use the arrow keys."), Label("Second part"),
                             position=160, label="Resize the parts")
    dock = DockLayoutPanel(split, north=(Label("North"), 28), south=(Label("South"), 28), west=(Label("West"), 60))
    holder = FlowPanel([dock])
    holder.element.style.height = "180px"
    holder.element.style.width = "100%"
    return holder


def stack_panel_demo():
    """StackLayoutPanel: one section open at a time."""
    return StackLayoutPanel([("Mail", Label("3 unread messages")), ("Calendar", Label("No events today")),
                             ("Contacts", Label("42 people"))])


DEMOS = {"layout_panels_demo": layout_panels_demo, "stack_panel_demo": stack_panel_demo, "flow_panels_demo": flow_panels_demo, "grid_demo": grid_demo, "flex_table_demo": flex_table_demo,
         "scroll_panel_demo": scroll_panel_demo, "disclosure_panel_demo": disclosure_panel_demo}
