"""ARIA roles and keyboard operation in real headless Chromium: TabLayoutPanel (tabs),
MenuBar (nested menus), Tree (with children loaded on demand) and ListBox."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.widgets import Button, FlowPanel, Label, RootPanel
from pytk.widgets.listbox import ListBox
from pytk.widgets.menus import MenuBar, MenuItem
from pytk.widgets.tabs import TabLayoutPanel
from pytk.widgets.tree import Tree, TreeItem


def main():
    log = Label("", style_name="log")
    events = []

    def record(text):
        events.append(text)
        log.text = " | ".join(events)

    tabs = TabLayoutPanel([("Mail", Label("inbox", style_name="mail")), ("Contacts", Label("people")),
                           ("Tasks", Label("todo"))], label="Sections",
                          on_select=lambda index: record("tab:" + str(index)), style_name="tabs")
    menu = MenuBar([
        MenuItem("File", submenu=MenuBar([
            MenuItem("New", on_select=lambda: record("new")),
            MenuItem("Recent", submenu=MenuBar([MenuItem("a.txt", on_select=lambda: record("a.txt"))])),
            MenuItem("Quit", on_select=lambda: record("quit"), enabled=False),
        ])),
        MenuItem("Edit", submenu=MenuBar([MenuItem("Undo", on_select=lambda: record("undo"))])),
        MenuItem("Help", on_select=lambda: record("help")),
    ], label="Main", style_name="menu")

    async def fetch_children():
        await __pragma__("js", "{}", "new Promise((resolve) => setTimeout(resolve, 50))")
        return [TreeItem("lazy one"), TreeItem("lazy two")]

    tree = Tree([
        TreeItem("Fruit", [TreeItem("Apple"), TreeItem("Pear")]),
        TreeItem("Remote", load_children=fetch_children),
        TreeItem("Leaf"),
    ], label="Things", on_select=lambda item: record("select:" + item.text), style_name="tree")
    fruit = ListBox(["Apple", "Pear"], visible_items=2, label="Fruit", style_name="fruit")
    RootPanel.get("app").add(FlowPanel([Button("before", style_name="before"), tabs, menu, tree, fruit, log]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with served_client(tmp_path_factory.mktemp("aria"), CLIENT) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def focused(app):
    return app.evaluate("document.activeElement.getAttribute('role') + ':' + "
                        "(document.activeElement.firstChild ? document.activeElement.firstChild.textContent : '')")


def test_tabs_roles_and_arrow_keys(app):
    assert app.get_attribute(".tabs [role=tablist]", "aria-label") == "Sections"
    tabs = app.locator(".tabs [role=tab]")
    assert tabs.count() == 3
    assert [tabs.nth(i).get_attribute("aria-selected") for i in range(3)] == ["true", "false", "false"]
    panel = app.locator(".tabs [role=tabpanel]:not([hidden])")
    assert panel.get_attribute("aria-labelledby") == tabs.nth(0).get_attribute("id")
    app.focus(".before")
    app.keyboard.press("Tab")  # only the selected tab is in the Tab order
    assert app.evaluate("document.activeElement.textContent") == "Mail"
    app.keyboard.press("ArrowRight")
    assert app.evaluate("document.activeElement.textContent") == "Contacts"
    assert app.text_content(".tabs [role=tabpanel]:not([hidden])") == "people"
    app.keyboard.press("ArrowLeft")
    app.keyboard.press("ArrowLeft")  # wraps to the last
    assert app.evaluate("document.activeElement.textContent") == "Tasks"
    app.keyboard.press("Home")
    tabs.nth(2).click()
    assert app.text_content(".log") == "tab:1 | tab:0 | tab:2 | tab:0 | tab:2"


def test_menu_bar_keyboard_and_nested_menus(app):
    assert app.get_attribute(".menu", "role") == "menubar"
    items = app.locator(".menu > [role=menuitem]")
    assert items.nth(0).get_attribute("aria-haspopup") == "menu"
    assert items.nth(0).get_attribute("aria-expanded") == "false"
    items.nth(0).focus()
    app.keyboard.press("ArrowDown")
    assert items.nth(0).get_attribute("aria-expanded") == "true"
    assert focused(app) == "menuitem:New"
    app.keyboard.press("ArrowDown")
    app.keyboard.press("ArrowRight")  # into the nested menu
    assert focused(app) == "menuitem:a.txt"
    app.keyboard.press("Escape")  # back to its item
    assert focused(app) == "menuitem:Recent"
    app.keyboard.press("ArrowDown")
    assert app.get_attribute(".menu [role=menu] [role=menuitem]:nth-child(3)", "aria-disabled") == "true"
    app.keyboard.press("Enter")  # disabled: nothing runs
    app.keyboard.press("ArrowDown")  # wraps to New
    app.keyboard.press("Enter")
    assert items.nth(0).get_attribute("aria-expanded") == "false"
    assert focused(app) == "menuitem:File"  # the focus returns to the bar
    app.keyboard.press("ArrowRight")
    app.keyboard.press("ArrowRight")
    app.keyboard.press("Enter")
    assert app.text_content(".log") == "new | help"
    items.nth(1).click()
    app.click(".menu [role=menu] >> text=Undo")
    assert app.text_content(".log") == "new | help | undo"
    items.nth(0).focus()
    app.keyboard.press("h")  # type-ahead: the next item starting with "h"
    assert focused(app) == "menuitem:Help"
    app.keyboard.press("ArrowDown")  # no sub-menu under Help: nothing opens
    items.nth(0).click()
    app.keyboard.press("q")
    assert focused(app) == "menuitem:Quit"
    items.nth(0).click()
    items.nth(0).click()
    assert items.nth(0).get_attribute("aria-expanded") == "true"
    app.click(".before")  # a click elsewhere closes the menus
    assert items.nth(0).get_attribute("aria-expanded") == "false"


def test_tree_roles_keyboard_and_lazy_children(app):
    assert app.get_attribute(".tree", "role") == "tree"
    fruit = app.locator(".tree > [role=treeitem]").nth(0)
    assert fruit.get_attribute("aria-expanded") == "false" and fruit.get_attribute("aria-level") == "1"
    assert app.locator(".tree > [role=treeitem]").nth(2).get_attribute("aria-expanded") is None  # a leaf
    fruit.focus()
    app.keyboard.press("ArrowRight")
    assert fruit.get_attribute("aria-expanded") == "true"
    app.keyboard.press("ArrowRight")
    assert focused(app) == "treeitem:Apple"
    assert app.get_attribute("[role=treeitem] >> text=Apple >> xpath=..", "aria-level") == "2"
    app.keyboard.press("ArrowDown")
    app.keyboard.press("Enter")
    assert app.text_content(".log") == "select:Pear"
    assert app.locator(".tree [aria-selected=true] > .pytk-TreeItem-text").all_text_contents() == ["Pear"]
    app.keyboard.press("ArrowLeft")  # to the parent
    assert focused(app) == "treeitem:Fruit"
    app.keyboard.press("ArrowLeft")  # closes it
    assert fruit.get_attribute("aria-expanded") == "false"
    app.keyboard.press("ArrowDown")
    assert focused(app) == "treeitem:Remote"
    app.keyboard.press("ArrowRight")
    remote = app.locator(".tree > [role=treeitem]").nth(1)
    assert remote.get_attribute("aria-busy") == "true"
    app.wait_for_selector("text=lazy two")
    assert remote.get_attribute("aria-busy") is None
    app.keyboard.press("ArrowRight")
    assert focused(app) == "treeitem:lazy one"
    app.keyboard.press("End")
    assert focused(app) == "treeitem:Leaf"
    app.keyboard.press("f")  # type-ahead wraps around to the first match
    assert focused(app) == "treeitem:Fruit"
    app.keyboard.press("*")  # opens the item and its siblings that have children
    assert fruit.get_attribute("aria-expanded") == "true"
    app.keyboard.press("p")
    assert focused(app) == "treeitem:Pear"


def test_list_box_is_a_labelled_listbox(app):
    assert app.evaluate("document.querySelector('.fruit').size") == 2
    app.focus(".fruit")
    app.keyboard.press("ArrowDown")
    assert app.input_value(".fruit") == "0"
    app.keyboard.press("ArrowDown")
    assert app.input_value(".fruit") == "1"
