"""Basic widgets in real headless Chromium: HTML, ToggleButton, CheckBox, RadioButton and
RadioGroup, PasswordTextBox, TextArea, IntegerBox, NumberBox, ListBox, Hyperlink, Image and
ProgressBar, each driven as a user would."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.widgets import (FlowPanel, HTML, Hyperlink, Image, Label, ProgressBar, RootPanel, SafeHtml,
                          ToggleButton)
from pytk.widgets.checks import CheckBox, RadioButton, RadioGroup
from pytk.widgets.inputs import IntegerBox, NumberBox, PasswordTextBox, TextArea
from pytk.widgets.listbox import ListBox


def main():
    log = Label("", style_name="log")
    events = []

    def record(text):
        events.append(text)
        log.text = " | ".join(events)

    try:
        HTML("<b>raw</b>")
        refused = "accepted"
    except TypeError as error:
        refused = "TypeError: " + str(error)
    html_plain = HTML(SafeHtml.escape("<b>x</b> & y"), style_name="html-plain")
    html_format = HTML(SafeHtml.format("<b>{who}</b> said {what}", who="Ada", what="<i>hi</i>"),
                       style_name="html-format")
    html_clean = HTML(SafeHtml.sanitize("<b>bold</b><img src=x onerror=alert(1)><i>it</i><script>x</script>"),
                      style_name="html-clean")
    toggle = ToggleButton("Bold", on_toggle=lambda down: record("toggle:" + str(down)), style_name="toggle")
    check = CheckBox("Agree", on_change=lambda event: record("check:" + str(check.value)), style_name="check")
    small = RadioButton("size", "Small", "s", style_name="radio-s")
    large = RadioButton("size", "Large", "l", value=True, style_name="radio-l")
    colours = RadioGroup([("r", "Red"), ("g", "Green"), ("b", "Blue")], value="g", label="Colour",
                         on_change=lambda value: record("colour:" + value), style_name="colours")
    password = PasswordTextBox(placeholder="secret", style_name="password")
    area = TextArea("line one", rows=3, style_name="area")
    integer = IntegerBox(minimum=0, maximum=10, style_name="integer")
    number = NumberBox(style_name="number")
    single = ListBox(["Apple", ("b", "Banana"), ("c", "Cherry")], value="b", label="Fruit",
                     on_change=lambda event: record("fruit:" + str(single.value)), style_name="single")
    multi = ListBox([("x", "X"), ("y", "Y"), ("z", "Z")], multiple=True, label="Letters", style_name="multi")
    link = Hyperlink("Evil", "javascript:alert(1)", style_name="evil-link")
    good = Hyperlink("Docs", "/docs?a=1:2", style_name="good-link")
    routed = Hyperlink("Route", "#/inbox", on_click=lambda event: record("route"), style_name="routed")
    picture = Image("data:image/png;base64,iVBORw0KGgo=", alt="logo", width=16, style_name="picture")
    bad_picture = Image("javascript:alert(1)", alt="bad", style_name="bad-picture")
    progress = ProgressBar(30, maximum=200, label="Upload", style_name="progress")
    busy = ProgressBar(None, label="Busy", style_name="busy")

    def report():
        return {
            "refused": refused, "integer": integer.value, "integer_valid": integer.is_valid(),
            "number": number.value, "values": multi.values, "colour": colours.value,
            "small": small.value, "large": large.value, "area": area.value, "percent": progress.get_percent(),
        }

    window.report = report
    window.progress = progress
    RootPanel.get("app").add(FlowPanel([html_plain, html_format, html_clean, toggle, check, small, large,
                                        colours, password, area, integer, number, single, multi, link, good,
                                        routed, picture, bad_picture, progress, busy, log]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with served_client(tmp_path_factory.mktemp("basic"), CLIENT) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def test_html_takes_only_safe_html(app):
    report = app.evaluate("report()")
    assert report["refused"].startswith("TypeError: HTML takes SafeHtml, not str")
    assert app.text_content(".html-plain") == "<b>x</b> & y"
    assert app.locator(".html-plain b").count() == 0
    assert app.inner_html(".html-format") == "<b>Ada</b> said &lt;i&gt;hi&lt;/i&gt;"
    assert app.inner_html(".html-clean") == ("<b>bold</b>&lt;img src=x onerror=alert(1)&gt;<i>it</i>"
                                             "&lt;script&gt;x&lt;/script&gt;")


def test_toggle_button_stays_down(app):
    assert app.get_attribute(".toggle", "aria-pressed") == "false"
    app.click(".toggle")
    assert app.get_attribute(".toggle", "aria-pressed") == "true"
    assert "pytk-down" in app.get_attribute(".toggle", "class")
    app.keyboard.press("Space")
    assert app.get_attribute(".toggle", "aria-pressed") == "false"
    assert app.text_content(".log") == "toggle:True | toggle:False"


def test_check_box_and_radio_buttons(app):
    app.click(".check span")
    assert app.is_checked(".check input")
    app.click(".radio-s")
    report = app.evaluate("report()")
    assert (report["small"], report["large"]) == (True, False)
    assert app.get_attribute(".colours", "role") == "radiogroup"
    assert report["colour"] == "g"
    app.click(".colours label:nth-child(3)")
    app.focus(".colours label:nth-child(3) input")
    app.keyboard.press("ArrowUp")  # the browser moves the choice within the group
    assert app.evaluate("report()")["colour"] == "g"
    assert app.text_content(".log") == "check:True | colour:b | colour:g"


def test_text_inputs(app):
    assert app.get_attribute(".password", "type") == "password"
    assert app.get_attribute(".area", "rows") == "3"
    app.fill(".area", "two\nlines")
    app.fill(".integer", "42")
    report = app.evaluate("report()")
    assert report["area"] == "two\nlines"
    assert (report["integer"], report["integer_valid"]) == (42, False)  # above the maximum of 10
    app.fill(".integer", "7")
    app.fill(".number", "2.5")
    report = app.evaluate("report()")
    assert (report["integer"], report["integer_valid"], report["number"]) == (7, True, 2.5)


def test_list_boxes(app):
    assert app.input_value(".single") == "1"  # option values are indexes; the Python values stay in Python
    app.select_option(".single", label="Cherry")
    app.select_option(".multi", label=["X", "Z"])
    assert app.evaluate("report()")["values"] == ["x", "z"]
    assert app.text_content(".log") == "fruit:c"
    assert app.get_attribute(".multi", "aria-label") == "Letters"


def test_links_and_images_refuse_script_urls(app):
    assert app.get_attribute(".evil-link", "href") == "#"
    assert app.get_attribute(".good-link", "href") == "/docs?a=1:2"
    app.click(".routed")
    assert app.text_content(".log") == "route"
    assert app.evaluate("location.hash") == ""  # handled in the page, no navigation
    assert app.get_attribute(".picture", "src").startswith("data:image/png")
    assert app.get_attribute(".picture", "alt") == "logo"
    assert app.get_attribute(".bad-picture", "src") == ""


def test_progress_bar(app):
    assert app.get_attribute(".progress", "role") == "progressbar"
    assert app.get_attribute(".progress", "aria-valuenow") == "30"
    assert app.evaluate("report()")["percent"] == 15
    app.evaluate("progress.set_value(500)")
    assert app.get_attribute(".progress", "aria-valuenow") == "200"
    assert app.text_content(".progress") == "100%"
    assert app.get_attribute(".busy", "aria-valuenow") is None
    assert "pytk-indeterminate" in app.get_attribute(".busy", "class")
