"""Reactive state in real headless Chromium: bound properties follow their observables (both
ways for inputs), and a keyed ListView changes only the DOM nodes a change needs, counted with a
MutationObserver and checked by node identity."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.widgets import (Button, FlowPanel, Label, Observable, ObservableList, RootPanel, TextBox, bind,
                          computed)
from pytk.widgets.checks import CheckBox
from pytk.widgets.listview import ListView


class Row:
    def __init__(self, ident, label):
        self.ident = ident
        self.label = Observable(label)


def main():
    count = Observable(0)
    name = Observable("Ada")
    agreed = Observable(False)
    total = computed(lambda n, who: who + " x" + str(n), count, name)

    def increment(event):
        count.value = count.value + 1

    rows = ObservableList([Row(i, "row " + str(i)) for i in range(100)])
    view = ListView(rows, lambda row: Label(text=bind(row.label), style_name="row"), key=lambda row: row.ident,
                    style_name="rows")
    by_identity = ObservableList(["a", "b", "c"])
    plain = ListView(by_identity, lambda text: Label(text, style_name="plain"), style_name="plain-list")
    made = [0]

    def make(text):
        made[0] += 1
        return Label(text, style_name="updated")

    updated = ObservableList(["x", "y"])
    in_place = ListView(updated, make, key=lambda text: text.lower(),
                        update=lambda widget, text: widget.set_text(text), style_name="in-place")
    next_id = [100]

    def append(text):
        rows.append(Row(next_id[0], text))
        next_id[0] += 1

    def reverse_all():
        items = rows.to_list()
        items.reverse()
        rows.set_all(items)

    def replace_all(count):
        rows.set_all([Row(next_id[0] + i, "new " + str(i)) for i in range(count)])
        next_id[0] += count

    window.ops = {
        "append": append, "insert": lambda index, text: rows.insert(index, Row(999, text)),
        "remove": lambda index: rows.pop(index), "swap": lambda i, j: rows.swap(i, j),
        "relabel": lambda index, text: rows[index].label.set(text), "reverse": reverse_all,
        "replace_all": replace_all, "clear": lambda: rows.clear(),
        "sort": lambda: rows.sort(key=lambda row: row.label.value),
        "observers": lambda index: rows[index].label.observer_count(),
        "set_row": lambda index, text: rows.__setitem__(index, Row(rows[index].ident, text)),
        "plain": by_identity, "updated": updated, "made": lambda: made[0], "count": count, "name": name,
    }
    window.keep = [view, plain, in_place]
    RootPanel.get("app").add(FlowPanel([
        Label(text=bind(count, lambda n: str(n) + " clicks"), style_name="clicks"),
        Button("+1", on_click=increment, style_name="inc"),
        TextBox(value=bind(name), style_name="name"),
        Label(text=bind(name, lambda who: "Hello, " + who), style_name="hello"),
        Label(text=bind(total), style_name="total"),
        CheckBox("Agree", value=bind(agreed), style_name="agree"),
        Button("Send", enabled=bind(agreed), style_name="send"),
        view, plain, in_place,
    ]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''

WATCH = """
(selector) => {
  window.__records = [];
  window.__observer = new MutationObserver((records) => window.__records.push(...records));
  window.__observer.observe(document.querySelector(selector), {childList: true, subtree: true, characterData: true});
}
"""

TAKE = """
() => {
  window.__records.push(...window.__observer.takeRecords());
  const added = window.__records.reduce((n, r) => n + r.addedNodes.length, 0);
  const removed = window.__records.reduce((n, r) => n + r.removedNodes.length, 0);
  const targets = new Set(window.__records.map((r) => r.target === document.querySelector('.rows') ? 'list' :
                                                 (r.target.textContent || '').slice(0, 20)));
  window.__records = [];
  return {added, removed, targets: [...targets].sort()};
}
"""


def texts(app, selector=".rows > .row"):
    return app.locator(selector).all_text_contents()


def mark_rows(app):
    """Tag each row element with its current text, to check later that it is the same node."""
    app.evaluate("document.querySelectorAll('.rows > .row').forEach((e) => { e.__was = e.textContent; })")


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with served_client(tmp_path_factory.mktemp("reactive"), CLIENT) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    open_app(app_page, url)
    app_page.evaluate(WATCH, ".rows")
    yield app_page
    assert app_page.evaluate("window.__pytkErrors") == []


def test_bound_labels_follow_their_observables(app):
    assert app.text_content(".clicks") == "0 clicks"
    app.click(".inc")
    app.click(".inc")
    assert app.text_content(".clicks") == "2 clicks"
    assert app.text_content(".total") == "Ada x2"
    app.evaluate("ops.count.set(40)")
    assert app.text_content(".clicks") == "40 clicks"


def test_inputs_bind_both_ways(app):
    assert app.input_value(".name") == "Ada"
    app.fill(".name", "Grace")
    assert app.text_content(".hello") == "Hello, Grace"
    assert app.text_content(".total") == "Grace x0"
    app.evaluate("ops.name.set('Linus')")
    assert app.input_value(".name") == "Linus"
    assert app.is_disabled(".send")
    app.click(".agree span")
    assert app.is_enabled(".send")


def test_list_renders_every_row(app):
    assert texts(app)[:3] == ["row 0", "row 1", "row 2"] and len(texts(app)) == 100


def test_append_insert_and_remove_touch_one_row_each(app):
    app.evaluate("ops.append('appended')")
    assert app.evaluate(TAKE) == {"added": 1, "removed": 0, "targets": ["list"]}
    app.evaluate("ops.insert(1, 'inserted')")
    assert app.evaluate(TAKE) == {"added": 1, "removed": 0, "targets": ["list"]}
    assert texts(app)[:3] == ["row 0", "inserted", "row 1"] and texts(app)[-1] == "appended"
    mark_rows(app)
    app.evaluate("ops.remove(50)")
    assert app.evaluate(TAKE) == {"added": 0, "removed": 1, "targets": ["list"]}
    assert len(texts(app)) == 101 and "row 49" not in texts(app)
    assert app.evaluate("[...document.querySelectorAll('.rows > .row')].every((e) => e.__was === e.textContent)")


def test_changing_one_item_changes_one_text_node(app):
    app.evaluate("ops.relabel(7, 'seven')")
    change = app.evaluate(TAKE)
    assert change["added"] == 1 and change["removed"] == 1  # the label's text node, nothing else
    assert change["targets"] == ["seven"]
    assert texts(app)[7] == "seven"


def test_swap_moves_two_rows_and_keeps_their_nodes(app):
    mark_rows(app)
    app.evaluate("ops.swap(1, 98)")
    change = app.evaluate(TAKE)
    assert change["added"] <= 2 and change["removed"] <= 2 and change["targets"] == ["list"]
    assert texts(app)[1] == "row 98" and texts(app)[98] == "row 1"
    app.evaluate("ops.swap(6, 5)")  # neighbours, either order
    assert texts(app)[4:8] == ["row 4", "row 6", "row 5", "row 7"]
    app.evaluate("ops.swap(0, -1)")  # Python's negative index
    assert texts(app)[0] == "row 99" and texts(app)[-1] == "row 0"
    assert app.evaluate("[...document.querySelectorAll('.rows > .row')].every((e) => e.__was === e.textContent)")


def test_reverse_reuses_every_row(app):
    mark_rows(app)
    app.evaluate("ops.reverse()")
    change = app.evaluate(TAKE)
    assert change["added"] == 99  # all but one move: the longest run kept in place is one row
    assert texts(app)[0] == "row 99" and texts(app)[-1] == "row 0"
    assert app.evaluate("[...document.querySelectorAll('.rows > .row')].every((e) => e.__was === e.textContent)")


def test_replacing_an_item_with_the_same_key_rerenders_only_it(app):
    app.evaluate("ops.set_row(3, 'three')")
    change = app.evaluate(TAKE)
    assert (change["added"], change["removed"]) == (1, 1)
    assert texts(app)[3] == "three"
    assert app.evaluate("ops.observers(3)") == 1
    app.evaluate("ops.updated.__setitem__(0, 'X')")  # same key ("x"): updated in place
    assert app.locator(".in-place > .updated").all_text_contents() == ["X", "y"]
    assert app.evaluate("ops.made()") == 2


def test_removed_rows_stop_their_bindings(app):
    assert app.evaluate("ops.observers(0)") == 1
    app.evaluate("window.__row0 = ops.remove(0)")
    assert app.evaluate("__row0.label.observer_count()") == 0


def test_replace_all_and_clear(app):
    app.evaluate("ops.replace_all(10)")
    change = app.evaluate(TAKE)
    assert (change["added"], change["removed"]) == (10, 100)
    assert texts(app)[0] == "new 0" and len(texts(app)) == 10
    app.evaluate("ops.sort()")
    assert texts(app) == sorted(texts(app))
    app.evaluate(TAKE)
    app.evaluate("ops.clear()")
    assert app.evaluate(TAKE)["removed"] == 10 and texts(app) == []


def test_items_without_a_key_are_their_own_key(app):
    app.evaluate("ops.plain.swap(0, 2)")
    assert app.locator(".plain-list > .plain").all_text_contents() == ["c", "b", "a"]
    app.evaluate("ops.plain.append('d')")
    assert app.locator(".plain-list > .plain").all_text_contents() == ["c", "b", "a", "d"]
