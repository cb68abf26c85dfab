"""Panels in real headless Chromium: FlowPanel, Grid, FlexTable, ScrollPanel, DisclosurePanel,
PopupPanel and DialogBox (modal, focus trap, Escape, focus given back)."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.widgets import Button, DisclosurePanel, FlowPanel, Label, RootPanel, ScrollPanel, TextBox
from pytk.widgets.popups import DialogBox, PopupPanel
from pytk.widgets.tables import FlexTable, Grid


def main():
    log = Label("", style_name="log")
    events = []

    def record(text):
        events.append(text)
        log.text = " | ".join(events)

    flow = FlowPanel([Label("a", style_name="f"), Label("c", style_name="f")], style_name="flow")
    flow.insert(Label("b", style_name="f"), 1)
    grid = Grid(2, 3, headers=["Name", "Qty", "Action"], caption="Stock", style_name="grid")
    grid.set_text(0, 0, "<i>pear</i>")
    grid.set_text(0, 1, 3)
    grid.set_widget(0, 2, Button("Buy", on_click=lambda event: record("buy"), style_name="buy"))
    try:
        grid.set_text(5, 0, "x")
        outside = "no error"
    except IndexError as error:
        outside = "IndexError"
    flex = FlexTable(style_name="flex")
    flex.add_row(["one", Label("1", style_name="flex-label")])
    flex.add_row(["two"])
    flex.set_text(3, 2, "far")
    scroll = ScrollPanel([Label("line " + str(i)) for i in range(40)], height=60, style_name="scroll")
    disclosure = DisclosurePanel("More", [Label("hidden detail", style_name="detail")],
                                 on_toggle=lambda opened: record("open:" + str(opened)), style_name="disclosure")
    popup = PopupPanel([Label("popup text")], auto_hide=True, on_close=lambda: record("popup closed"),
                       style_name="popup")
    opener = Button("Popup", on_click=lambda event: popup.show_relative_to(opener), style_name="open-popup")
    name = TextBox(placeholder="name", style_name="dialog-name")
    dialog = DialogBox("Rename", [name, Button("OK", on_click=lambda event: dialog.hide(), style_name="ok")],
                       on_close=lambda: record("dialog closed:" + name.value), style_name="dialog")
    show = Button("Dialog", on_click=lambda event: dialog.center(), style_name="open-dialog")

    def report():
        return {"outside": outside, "rows": flex.row_count, "cells": [flex.get_cell_count(r) for r in range(4)],
                "grid_rows": grid.row_count, "scroll": scroll.scroll_position, "open": disclosure.opened}

    window.report = report
    window.grid = grid
    window.flex = flex
    window.scroll = scroll
    RootPanel.get("app").add(FlowPanel([flow, grid, flex, scroll, disclosure, opener, show, log]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with served_client(tmp_path_factory.mktemp("panels"), CLIENT) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def test_flow_panel_keeps_order(app):
    assert app.locator(".flow > .f").all_text_contents() == ["a", "b", "c"]


def test_grid_cells_hold_text_and_widgets(app):
    assert app.locator(".grid th[scope=col]").all_text_contents() == ["Name", "Qty", "Action"]
    assert app.text_content(".grid caption") == "Stock"
    assert app.locator(".grid tbody td").nth(0).text_content() == "<i>pear</i>"
    assert app.locator(".grid i").count() == 0
    app.click(".grid .buy")
    assert app.text_content(".log") == "buy"
    assert app.evaluate("report()")["outside"] == "IndexError"
    app.evaluate("grid.resize(4, 2)")
    assert app.locator(".grid tbody tr").count() == 4
    assert app.locator(".grid tbody tr:first-child td").count() == 2
    assert app.locator(".grid .buy").count() == 0


def test_flex_table_grows_and_shrinks(app):
    report = app.evaluate("report()")
    assert report["rows"] == 4 and report["cells"] == [2, 1, 0, 3]
    app.evaluate("flex.remove_row(0)")
    assert app.locator(".flex tbody tr:first-child td").all_text_contents() == ["two"]
    assert app.locator(".flex .flex-label").count() == 0


def test_scroll_panel_scrolls(app):
    assert app.evaluate("document.querySelector('.scroll').scrollHeight") > 60
    app.evaluate("scroll.scroll_to_bottom()")
    assert app.evaluate("report()")["scroll"] > 0
    assert app.get_attribute(".scroll", "tabindex") == "0"


def test_disclosure_panel_opens_on_click_and_keyboard(app):
    assert not app.is_visible(".detail")
    app.click(".disclosure summary")
    assert app.is_visible(".detail")
    app.wait_for_function("document.querySelector('.log').textContent === 'open:True'")
    app.keyboard.press("Enter")
    assert not app.is_visible(".detail")
    app.wait_for_function("document.querySelector('.log').textContent.split('|').length === 2")
    assert app.text_content(".log") == "open:True | open:False"


def test_popup_hides_on_outside_click(app):
    app.click(".open-popup")
    assert app.is_visible(".popup")
    box = app.locator(".popup").bounding_box()
    button = app.locator(".open-popup").bounding_box()
    assert abs(box["y"] - (button["y"] + button["height"])) < 2
    app.mouse.click(5, 400)
    assert app.locator(".popup").count() == 0
    assert app.text_content(".log") == "popup closed"


def test_dialog_is_modal_traps_focus_and_closes_on_escape(app):
    app.click(".open-dialog")
    dialog = app.locator(".dialog")
    assert dialog.get_attribute("role") == "dialog" and dialog.get_attribute("aria-modal") == "true"
    labelled = dialog.get_attribute("aria-labelledby")
    assert app.text_content("#" + labelled) == "Rename"
    assert app.locator(".pytk-DialogBox-glass").count() == 1
    assert app.evaluate("document.activeElement.className").startswith("pytk-TextBox")
    app.keyboard.type("Ada")
    app.keyboard.press("Tab")
    assert app.evaluate("document.activeElement.textContent") == "OK"
    app.keyboard.press("Tab")  # wraps around inside the dialog
    assert app.evaluate("document.activeElement.className").startswith("pytk-TextBox")
    app.keyboard.press("Shift+Tab")
    assert app.evaluate("document.activeElement.textContent") == "OK"
    app.evaluate("document.querySelector('.open-popup').focus()")  # focus escaping is pulled back
    assert app.evaluate("document.querySelector('.dialog').contains(document.activeElement)")
    app.keyboard.press("Escape")
    assert app.locator(".dialog").count() == 0 and app.locator(".pytk-DialogBox-glass").count() == 0
    assert app.evaluate("document.activeElement.textContent") == "Dialog"  # focus given back
    assert app.text_content(".log") == "dialog closed:Ada"
