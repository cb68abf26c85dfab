"""DatePicker and FileUpload in real headless Chromium: the calendar by mouse and keyboard, its
limits and roles; files chosen by the user read in the browser."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.widgets import FlowPanel, Image, Label, RootPanel
from pytk.widgets.dates import DatePicker
from pytk.widgets.files import FileUpload


def main():
    log = Label("", style_name="log")
    picker = DatePicker(value="2026-11-25", today="2026-11-20", minimum="2026-10-05", maximum="2027-01-10",
                        on_change=lambda value: log.set_text("picked " + value), label="Due date", style_name="picker")
    picture = Image("", alt="preview", style_name="preview")

    async def chosen(event):
        text = await upload.read_text(0)
        picture.src = await upload.read_data_url(1)
        log.text = ", ".join(upload.file_names) + ": " + text.strip() + " (" + str(upload.get_total_size()) + " bytes)"

    upload = FileUpload(accept=".txt,image/png", multiple=True, label="Attachments", on_change=chosen,
                        style_name="upload")
    window.picker_value = lambda: picker.value
    window.today_picker = DatePicker()
    window.set_picker = lambda value: picker.set_value(value)
    RootPanel.get("app").add(FlowPanel([picker, upload, picture, log]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef0000000049454e44ae426082")


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with served_client(tmp_path_factory.mktemp("dates"), CLIENT) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def test_calendar_shows_the_month_with_roles(app):
    assert app.get_attribute(".picker", "role") == "group"
    assert app.text_content(".pytk-DatePicker-caption") == "November 2026"
    assert app.get_attribute(".picker table", "role") == "grid"
    assert app.locator(".picker th").all_text_contents() == ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    selected = app.locator(".picker td[aria-selected=true]")
    assert selected.text_content() == "25" and selected.get_attribute("aria-label") == "Wednesday, 25 November 2026"
    assert selected.get_attribute("tabindex") == "0"
    assert app.get_attribute(".picker td[aria-current=date]", "aria-label") == "Friday, 20 November 2026"
    today = app.evaluate("(() => { const d = new Date(); return d.getDate() + ' ' + d.getFullYear(); })()")
    marked = app.evaluate("today_picker.element.querySelector('[aria-current=date]').getAttribute('aria-label')")
    assert marked.endswith(today.split()[1]) and (", " + today.split()[0] + " ") in marked  # today, by default
    first_row = app.locator(".picker tbody tr:first-child td").all_text_contents()
    assert first_row == ["26", "27", "28", "29", "30", "31", "1"]  # November 2026 starts on a Sunday


def test_keyboard_moves_and_picks(app):
    app.focus(".picker td[tabindex='0']")
    app.keyboard.press("ArrowRight")
    app.keyboard.press("ArrowDown")  # a week later
    assert app.evaluate("document.activeElement.getAttribute('aria-label')") == "Thursday, 3 December 2026"
    assert app.text_content(".pytk-DatePicker-caption") == "December 2026"
    app.keyboard.press("End")
    app.keyboard.press("Enter")
    assert app.text_content(".log") == "picked 2026-12-06"
    app.keyboard.press("PageDown")  # January 2027, the 6th: within the maximum
    app.keyboard.press("PageDown")  # February: past the maximum, cannot be picked
    assert app.text_content(".pytk-DatePicker-caption") == "February 2027"
    app.keyboard.press("Enter")
    assert app.evaluate("picker_value()") == "2026-12-06"
    assert app.get_attribute(".picker td[tabindex='0']", "aria-disabled") == "true"


def test_mouse_and_month_buttons(app):
    app.click("[aria-label='Previous month']")
    assert app.text_content(".pytk-DatePicker-caption") == "October 2026"
    app.click(".picker td[aria-label='Friday, 2 October 2026']", force=True)  # before the minimum
    assert app.text_content(".log") == ""
    app.click(".picker td[aria-label='Monday, 12 October 2026']")
    assert app.text_content(".log") == "picked 2026-10-12"
    app.evaluate("set_picker('2024-02-29')")
    assert app.text_content(".pytk-DatePicker-caption") == "February 2024"
    refused = app.evaluate("""() => { try { set_picker('2023-02-29'); return 'accepted'; }
                                     catch (e) { return e.__class__.__name__ + ': ' + e.__str__(); } }""")
    assert refused == "ValueError: no such date: '2023-02-29'"


def test_file_upload_reads_the_chosen_files(app, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("hello from a file\n")
    dot = tmp_path / "dot.png"
    dot.write_bytes(PNG)
    assert app.get_attribute(".upload", "type") == "file" and app.get_attribute(".upload", "accept") == ".txt,image/png"
    app.set_input_files(".upload", [str(note), str(dot)])
    app.wait_for_function("document.querySelector('.log').textContent !== ''")
    assert app.text_content(".log") == f"note.txt, dot.png: hello from a file ({18 + len(PNG)} bytes)"
    assert app.get_attribute(".preview", "src").startswith("data:image/png;base64,iVBORw0KGgo")
    assert app.evaluate("document.querySelector('.preview').naturalWidth") == 1
