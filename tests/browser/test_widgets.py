"""The widgets in real headless Chromium, driven through a small app of their own."""
from __future__ import annotations

import pytest

from tests.conftest import pytk, running

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.widgets import Button, HorizontalPanel, Label, Panel, RootPanel, TextBox, VerticalPanel


def main():
    log = Label("", style_name="log")
    events = []

    def record(text):
        events.append(text)
        log.text = " | ".join(events)

    box = TextBox("start", placeholder="type", style_name="box",
                  on_change=lambda event: record("change:" + box.value),
                  on_enter=lambda event: record("enter:" + box.value))
    plain = Label("<b>bold?</b>", style_name="plain")
    items = VerticalPanel([Label("one", style_name="item"), Label("two", style_name="item")], spacing=4)
    counter = Label("0", style_name="counter")
    clicks = [0]

    def clicked(event):
        clicks[0] += 1
        counter.text = clicks[0]
        if clicks[0] == 2:
            button.enabled = False

    button = Button("Count", on_click=clicked, style_name="count")
    extra = Label("three", style_name="item")

    def add_item(event):
        items.add(extra)

    def remove_item(event):
        items.remove(extra)

    def hide(event):
        plain.set_visible(not plain.is_visible())

    controls = HorizontalPanel([
        button,
        Button("Add", on_click=add_item, style_name="add"),
        Button("Remove", on_click=remove_item, style_name="remove"),
        Button("Hide", on_click=hide, style_name="hide"),
    ])
    RootPanel.get("app").add(Panel([box, plain, items, counter, controls, log]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def widget_app(tmp_path_factory):
    parent = tmp_path_factory.mktemp("widgets")
    assert pytk("new", "gallery", cwd=parent).returncode == 0
    root = parent / "gallery"
    (root / "gallery" / "client" / "main.py").write_text(CLIENT)
    result = pytk("build", cwd=root)
    assert result.returncode == 0, result.stderr
    with running("serve", root) as (url, process):
        yield url


def test_widgets_render_with_their_class_names_and_text(app_page, widget_app):
    page = app_page
    page.goto(widget_app)
    page.wait_for_selector("body[data-ready=yes]")
    assert page.input_value(".box") == "start"
    assert page.get_attribute(".box", "placeholder") == "type"
    assert page.text_content(".plain") == "<b>bold?</b>"
    assert page.locator(".plain b").count() == 0
    assert page.locator(".pytk-VerticalPanel > .pytk-Label.item").count() == 2
    assert page.locator(".pytk-HorizontalPanel > button.pytk-Button").count() == 4
    assert page.evaluate("window.__pytkErrors") == []


def test_button_clicks_and_enabled_state(app_page, widget_app):
    page = app_page
    page.goto(widget_app)
    page.wait_for_selector("body[data-ready=yes]")
    page.click(".count")
    page.click(".count")
    assert page.text_content(".counter") == "2"
    assert page.is_disabled(".count")


def test_textbox_change_and_enter_events(app_page, widget_app):
    page = app_page
    page.goto(widget_app)
    page.wait_for_selector("body[data-ready=yes]")
    page.fill(".box", "hello")
    page.press(".box", "Enter")
    page.click(".plain")  # blur commits the edit: a change event
    assert page.text_content(".log") == "enter:hello | change:hello"


def test_panels_add_remove_and_visibility(app_page, widget_app):
    page = app_page
    page.goto(widget_app)
    page.wait_for_selector("body[data-ready=yes]")
    page.click(".add")
    assert page.locator(".item").all_text_contents() == ["one", "two", "three"]
    page.click(".remove")
    assert page.locator(".item").all_text_contents() == ["one", "two"]
    page.click(".hide")
    assert page.is_hidden(".plain")
    page.click(".hide")
    assert page.is_visible(".plain")
    assert page.evaluate("window.__pytkErrors") == []
