"""Every widget that shows text or attributes, fed 60 script-injection payloads as user data:
none of them runs, and text comes back exactly as given."""
from __future__ import annotations

import json

import pytest

from tests.browser.widgetkit import open_app, served_client
from tests.browser.xss_payloads import PAYLOADS

pytestmark = pytest.mark.browser

# The payloads reach the client as data from outside (window.__payloads), as user input would.
CLIENT = '''
from pytk.widgets import (Button, DisclosurePanel, FlowPanel, HTML, Hyperlink, Image, Label, Observable,
                          ObservableList, ProgressBar, RootPanel, SafeHtml, TextBox, ToggleButton, bind)
from pytk.widgets.celllist import CellList
from pytk.widgets.checks import CheckBox, RadioButton, RadioGroup
from pytk.widgets.datagrid import Column, DataGrid
from pytk.widgets.dates import DatePicker
from pytk.widgets.files import FileUpload
from pytk.widgets.forms import Field, Form
from pytk.widgets.inputs import IntegerBox, NumberBox, PasswordTextBox, TextArea
from pytk.widgets.layout import SplitLayoutPanel, StackLayoutPanel
from pytk.widgets.listbox import ListBox
from pytk.widgets.listview import ListView
from pytk.widgets.menus import MenuBar, MenuItem
from pytk.widgets.popups import DialogBox, PopupPanel
from pytk.widgets.suggest import SuggestBox
from pytk.widgets.tables import FlexTable, Grid
from pytk.widgets.tabs import TabLayoutPanel
from pytk.widgets.tree import Tree, TreeItem


def widgets_for(payload):
    """Every widget that shows text or attributes, given ``payload`` wherever it takes one."""
    bound = Observable(payload)
    grid = Grid(1, 1, headers=[payload], caption=payload)
    grid.set_text(0, 0, payload)
    flex = FlexTable()
    flex.add_row([payload, Label(payload)])
    titled = Label("titled")
    titled.set_title(payload)
    titled.set_attribute("data-x", payload)
    titled.set_attribute("href", payload)
    return [
        Label(payload), Label(text=bind(bound)), HTML(SafeHtml.escape(payload)),
        HTML(SafeHtml.format("<b>{x}</b>", x=payload)), HTML(SafeHtml.sanitize(payload)),
        Button(payload), ToggleButton(payload), CheckBox(payload), RadioButton("g", payload, payload),
        RadioGroup([payload, (payload, payload)], value=payload, label=payload),
        TextBox(payload, placeholder=payload, label=payload), PasswordTextBox(payload, placeholder=payload),
        TextArea(payload, placeholder=payload), IntegerBox(payload, placeholder=payload), NumberBox(payload),
        ListBox([payload, (payload, payload)], label=payload), Hyperlink(payload, payload),
        Image(payload, alt=payload), ProgressBar(10, label=payload), grid, flex,
        DisclosurePanel(payload, [Label(payload)], open=True), titled,
        TabLayoutPanel([(payload, Label(payload))], label=payload),
        MenuBar([MenuItem(payload, submenu=MenuBar([MenuItem(payload)]))], label=payload),
        Tree([TreeItem(payload, [TreeItem(payload)], open=True)], label=payload),
        ListView(ObservableList([payload, payload + "2"]), lambda text: Label(text)),
        DataGrid([Column(payload, value=lambda row: row, sortable=True), Column(payload, render=lambda row: Label(row))],
                 rows=[payload, payload + "x"], label=payload),
        CellList(ObservableList([payload]), lambda text: Label(text), label=payload),
        form_for(payload),
        suggest_for(payload),
        StackLayoutPanel([(payload, Label(payload))]),
        SplitLayoutPanel(Label(payload), Label(payload), label=payload),
        DatePicker(label=payload, today="2026-11-25"),
        FileUpload(accept=payload, label=payload),
    ]


def suggest_for(payload):
    box = SuggestBox(lambda text: [payload], label=payload, placeholder=payload)
    box.show([payload, (payload, payload)])
    return box


def form_for(payload):
    field = Field(payload, TextBox(payload), label=payload, hint=payload)
    field.show_error(payload)
    form = Form([field], submit_text=payload, label=payload)
    form.set_status(payload, True)
    return form


def main():
    page = FlowPanel(style_name="all")
    labels = []
    for payload in window.__payloads:
        label = Label(payload, style_name="echo")
        labels.append(label)
        page.add(label)
        for widget in widgets_for(payload):
            page.add(widget)
    RootPanel.get("app").add(page)
    last = window.__payloads[len(window.__payloads) - 1]
    popup = PopupPanel([Label(last)], style_name="xss-popup")
    popup.show()
    dialog = DialogBox(last, [Label(last)], modal=False, style_name="xss-dialog")
    dialog.show()
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''

SETUP = """
window.__hits = [];
window.__hit = (n) => window.__hits.push(n);
window.__payloads = %s;
"""

PROVOKE = """
() => {
  for (const element of document.querySelectorAll('#app *, .xss-popup *, .xss-dialog *')) {
    for (const name of ['mouseover', 'pointerenter', 'focus', 'click', 'toggle', 'animationstart']) {
      if (name === 'click' && element.closest('a')) continue;
      element.dispatchEvent(new Event(name, {bubbles: true}));
    }
  }
}
"""

UNSAFE = """
() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(element.tagName + ' ' + attribute.name);
    }
    const tag = element.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'svg', 'video', 'audio', 'marquee', 'meta', 'base', 'link',
         'style', 'template'].includes(tag) && element.closest('#app')) found.push(tag);
    if (tag === 'form' && !element.classList.contains('pytk-Form')) found.push('form');
    if (tag === 'script' && element.closest('#app')) found.push('script');
  }
  for (const link of document.querySelectorAll('a[href]')) {
    const protocol = new URL(link.href, location.href).protocol;
    if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push('a ' + link.getAttribute('href'));
  }
  for (const image of document.querySelectorAll('#app img')) {
    const source = image.getAttribute('src');
    const protocol = source ? new URL(source, location.href).protocol : 'http:';
    if (!['http:', 'https:'].includes(protocol) && !source.startsWith('data:image/png')) found.push('img ' + source);
  }
  return found;
}
"""


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with served_client(tmp_path_factory.mktemp("xss"), CLIENT) as served:
        yield served


def test_there_are_at_least_fifty_payloads():
    assert len(set(PAYLOADS)) == len(PAYLOADS) >= 50


def test_the_harness_sees_a_payload_that_runs(app_page, url):
    """The detector works: the same payloads put in the page as markup do run."""
    app_page.add_init_script(SETUP % json.dumps(PAYLOADS))
    open_app(app_page, url)
    app_page.evaluate("""() => { const box = document.createElement('div'); document.body.appendChild(box);
                                 box.innerHTML = window.__payloads[1] + window.__payloads[45]; }""")
    app_page.evaluate("document.querySelector('body > div:last-child b').click()")
    app_page.wait_for_function("window.__hits.length >= 2")
    assert sorted(app_page.evaluate("window.__hits")) == [1, 45]


def test_no_payload_runs_in_any_widget(app_page, url):
    app_page.add_init_script(SETUP % json.dumps(PAYLOADS))
    open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []
    assert app_page.locator(".echo").all_text_contents() == PAYLOADS  # text stays text, exactly
    assert app_page.locator("#app > .all > *").count() == 36 * len(PAYLOADS)
    app_page.evaluate(PROVOKE)
    app_page.hover(".all")
    app_page.wait_for_timeout(300)  # image errors, loads and animations get their chance
    assert app_page.evaluate(UNSAFE) == []
    assert app_page.evaluate("window.__hits") == []
    assert app_page.evaluate("window.__pytkErrors") == []
