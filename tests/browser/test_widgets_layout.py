"""Layout panels in real headless Chromium: DockLayoutPanel places its parts, SplitLayoutPanel's
separator moves with the mouse and the keyboard, StackLayoutPanel opens one section at a time."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.widgets import FlowPanel, Label, RootPanel
from pytk.widgets.layout import DockLayoutPanel, SplitLayoutPanel, StackLayoutPanel


def box(text, name):
    return Label(text, style_name=name)


def main():
    log = Label("", style_name="log")
    dock = DockLayoutPanel(box("centre", "centre"), north=(box("top", "north"), 50), south=(box("bottom", "south"), "3em"),
                           west=(box("side", "west"), 100), style_name="dock")
    dock.add_east(box("right", "east"), 80)
    holder = FlowPanel([dock], style_name="dock-holder")
    holder.element.style.height = "300px"
    holder.element.style.width = "500px"
    split = SplitLayoutPanel(box("left", "left"), box("right", "right"), position=150, minimum=50,
                             on_resize=lambda position: log.set_text("at " + str(position)), style_name="split")
    split_holder = FlowPanel([split])
    split_holder.element.style.height = "100px"
    split_holder.element.style.width = "600px"
    stack = StackLayoutPanel([("Mail", Label("inbox")), ("Notes", Label("notes")), ("Tasks", Label("tasks"))],
                             on_select=lambda index: log.set_text("section " + str(index)), style_name="stack")
    RootPanel.get("app").add(FlowPanel([holder, split_holder, stack, log]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with served_client(tmp_path_factory.mktemp("layout"), CLIENT) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def box(app, selector):
    return app.locator(selector).bounding_box()


def test_dock_layout_places_each_part(app):
    dock, north, south = box(app, ".dock"), box(app, ".north"), box(app, ".south")
    west, east, centre = box(app, ".west"), box(app, ".east"), box(app, ".centre")
    assert (dock["width"], dock["height"]) == (500, 300)
    assert north["height"] == 50 and north["width"] == 500 and north["y"] == dock["y"]
    assert south["y"] + south["height"] == dock["y"] + dock["height"]
    assert west["width"] == 100 and west["x"] == dock["x"] and west["y"] == north["y"] + 50
    assert east["width"] == 80 and east["x"] + 80 == dock["x"] + 500
    assert centre["x"] == west["x"] + 100 and centre["width"] == 500 - 100 - 80
    assert centre["height"] == 300 - 50 - south["height"]


def test_split_layout_moves_with_mouse_and_keyboard(app):
    separator = app.locator(".split [role=separator]")
    assert separator.get_attribute("aria-orientation") == "vertical"
    assert box(app, ".left")["width"] == 150
    grip = separator.bounding_box()
    app.mouse.move(grip["x"] + 3, grip["y"] + 10)
    app.mouse.down()
    app.mouse.move(grip["x"] + 103, grip["y"] + 10, steps=5)
    app.mouse.up()
    assert box(app, ".left")["width"] == 250
    assert separator.get_attribute("aria-valuenow") == "250" and app.text_content(".log") == "at 250"
    separator.focus()
    app.keyboard.press("ArrowLeft")
    assert box(app, ".left")["width"] == 240
    app.keyboard.press("Home")
    assert box(app, ".left")["width"] == 50  # the minimum
    app.keyboard.press("End")
    assert box(app, ".left")["width"] == 600 - 50 - 6
    assert box(app, ".right")["width"] == 50


def test_stack_layout_opens_one_section_at_a_time(app):
    headers = app.locator(".stack .pytk-StackLayoutPanel-header")
    assert [headers.nth(i).get_attribute("aria-expanded") for i in range(3)] == ["true", "false", "false"]
    assert app.is_visible("text='inbox'") and not app.is_visible("text='notes'")
    headers.nth(1).click()
    assert app.is_visible("text='notes'") and not app.is_visible("text='inbox'")
    assert app.text_content(".log") == "section 1"
    app.keyboard.press("ArrowDown")
    assert app.evaluate("document.activeElement.textContent") == "Tasks"
    app.keyboard.press("Enter")
    assert app.is_visible("text='tasks'") and headers.nth(2).get_attribute("aria-expanded") == "true"
    region = app.locator("#" + headers.nth(2).get_attribute("aria-controls"))
    assert region.get_attribute("role") == "region"
