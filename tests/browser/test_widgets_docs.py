"""The examples of the widget pages (docs/widgets*.md) compile and run in real headless Chromium:
every ```python block that defines main() becomes a module of one app, and each main() must run
without an error and add something to the page."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client
from tests.conftest import REPO
from tests.unit.test_docs import fenced_blocks

pytestmark = pytest.mark.browser

PAGES = sorted((REPO / "docs").glob("widgets*.md"))


def examples() -> list[tuple[str, str]]:
    found = []
    for page in PAGES:
        for language, text, line in fenced_blocks(page):
            if language == "python" and "\ndef main(" in "\n" + text:
                found.append((f"{page.name}:{line}", text))
    return found


def runner(count: int) -> str:
    imports = "\n".join(f"from gallery.client import example_{n}" for n in range(count))
    calls = ", ".join(f"example_{n}.main" for n in range(count))
    return f'''{imports}


async def main():
    outcomes = []
    app = document.getElementById("app")
    for function in [{calls}]:
        before = app.childElementCount
        try:
            result = function()
            if result is not None and result.then:
                await result
            outcomes.append("ok" if app.childElementCount > before else "added nothing")
        except Exception as error:
            outcomes.append(error.__class__.__name__ + ": " + str(error))
    window.outcomes = outcomes
    document.body.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    found = examples()
    files = {f"gallery/client/example_{n}.py": text for n, (_where, text) in enumerate(found)}
    with served_client(tmp_path_factory.mktemp("docs"), runner(len(found)), files) as served:
        yield served


def test_every_widget_page_has_an_example():
    where = {name.split(":")[0] for name, _text in examples()}
    assert where == {page.name for page in PAGES} and len(PAGES) >= 11


def test_the_examples_run(app_page, url):
    open_app(app_page, url)
    names = [name for name, _text in examples()]
    assert dict(zip(names, app_page.evaluate("window.outcomes"))) == {name: "ok" for name in names}
    assert app_page.evaluate("window.__pytkErrors") == []
