"""SuggestBox in real headless Chromium: suggestions fetched over RPC as the user types, the
WAI-ARIA combobox roles and states, keyboard and mouse selection, and late answers dropped."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

SHARED = '''
from pytk.rpc import Service


class CountryService(Service):
    async def suggest(self, prefix: str) -> list[str]: ...
'''

SERVER = '''
import asyncio

from gallery.shared.countries import CountryService

COUNTRIES = ["Georgia", "Germany", "Ghana", "Greece", "Spain", "Sweden", "Switzerland", "Senegal"]


class CountryServiceImpl(CountryService):
    async def suggest(self, prefix: str) -> list[str]:
        if prefix == "s":
            await asyncio.sleep(0.6)  # a slow answer, overtaken by the next one
        return [name for name in COUNTRIES if name.lower().startswith(prefix.lower())]
'''

CLIENT = '''
from pytk.widgets import FlowPanel, Label, RootPanel
from pytk.widgets.suggest import SuggestBox

from gallery.shared.countries import CountryService


def main():
    chosen = Label("", style_name="chosen")
    box = SuggestBox(lambda text: CountryService().suggest(text), label="Country", delay=50,
                     on_select=lambda value: chosen.set_text("chose " + value), style_name="country")
    RootPanel.get("app").add(FlowPanel([box, chosen]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    files = {"gallery/shared/countries.py": SHARED, "gallery/server/countries.py": SERVER}
    with served_client(tmp_path_factory.mktemp("suggest"), CLIENT, files) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def options(app) -> list[str]:
    return app.locator(".country [role=option]").all_text_contents()


def test_suggestions_and_keyboard_selection(app):
    box = app.get_by_role("combobox", name="Country")
    assert box.get_attribute("aria-expanded") == "false"
    box.type("ge")
    app.wait_for_function("document.querySelectorAll('.country [role=option]').length === 2")
    assert options(app) == ["Georgia", "Germany"]
    assert box.get_attribute("aria-expanded") == "true"
    assert app.get_attribute("#" + box.get_attribute("aria-controls"), "role") == "listbox"
    app.keyboard.press("ArrowDown")
    app.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert app.text_content("#" + active) == "Germany"
    assert app.get_attribute("#" + active, "aria-selected") == "true"
    app.keyboard.press("Enter")
    assert box.input_value() == "Germany" and app.text_content(".chosen") == "chose Germany"
    assert box.get_attribute("aria-expanded") == "false"


def test_escape_closes_and_a_click_picks(app):
    box = app.get_by_role("combobox", name="Country")
    box.type("g")
    app.wait_for_function("document.querySelectorAll('.country [role=option]').length === 4")
    app.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false" and options(app) == []
    app.keyboard.press("ArrowDown")  # asks again
    app.wait_for_function("document.querySelectorAll('.country [role=option]').length === 4")
    app.click(".country [role=option] >> text=Ghana")
    assert box.input_value() == "Ghana" and app.text_content(".chosen") == "chose Ghana"
    assert app.evaluate("document.activeElement.getAttribute('role')") == "combobox"


def test_a_late_answer_is_dropped(app):
    box = app.get_by_role("combobox", name="Country")
    box.type("s")
    app.wait_for_timeout(150)  # the slow request for "s" is on its way
    box.type("w")
    app.wait_for_function("document.querySelectorAll('.country [role=option]').length === 2")
    assert options(app) == ["Sweden", "Switzerland"]
    app.wait_for_timeout(700)  # the answer for "s" has come, and been dropped
    assert options(app) == ["Sweden", "Switzerland"]
