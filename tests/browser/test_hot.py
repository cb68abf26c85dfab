"""Hot module replacement in `pytk dev`: changed modules swapped into the open page, CSS swapped,
a full reload only when a module does not opt in or index.html changed."""
from __future__ import annotations

import pytest

from tests.conftest import pytk, running

pytestmark = pytest.mark.browser

NOT_RELOADED = "window.__marker === 'kept'"  # a reload would lose this


@pytest.fixture(scope="module")
def dev_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("hot") / "demo"
    assert pytk("new", str(root), cwd=root.parent).returncode == 0
    with running("dev", root) as (url, process):
        yield root, url, process


@pytest.fixture
def app(dev_app, page):
    """The dev app open in a marked page; every file a test changes is put back afterwards."""
    root, url, process = dev_app
    originals = {path: path.read_bytes() for path in (root / "demo").rglob("*") if path.is_file()
                 and "__pycache__" not in path.parts}
    page.goto(url)
    page.wait_for_selector(".title")
    page.evaluate("window.__marker = 'kept'")
    yield root, page, process
    printed = len(process.lines)
    restored = False
    for path in (root / "demo").rglob("*.py"):
        if path not in originals and "__pycache__" not in path.parts:
            path.unlink()
            restored = True
    for path, data in originals.items():
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            restored = True
    if restored:  # let the dev server compile the restored files before the next test
        process.wait_for_output("sent to", after=printed)


def edit(path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def title_is(text: str) -> str:
    return f"document.querySelector('.title') && document.querySelector('.title').textContent === {text!r}"


def test_a_module_with_a_hook_is_swapped_without_a_reload(app):
    root, page, process = app
    printed = len(process.lines)
    page.evaluate("performance.clearResourceTimings()")
    edit(root / "demo" / "client" / "main.py", 'Label("Demo"', 'Label("Demo, hot"')
    page.wait_for_function(title_is("Demo, hot"), timeout=15000)
    assert page.evaluate(NOT_RELOADED)
    assert page.locator(".title").count() == 1  # the hook cleared the old page first
    fetched = page.evaluate("performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)")
    assert [path for path in fetched if path.startswith("/assets/")] == ["/assets/dev/demo.client.main.js"]
    process.wait_for_output("1 changed module(s) sent to 1 page(s)", after=printed)
    # The new code runs: RPC through the swapped-in handler still works.
    page.fill(".name", "Ada")
    page.click(".greet")
    page.wait_for_function("document.querySelector('.greeting').textContent === 'Hello, Ada!'")
    assert page.evaluate("window.__pytkErrors") == []


def test_changed_modules_import_each_others_new_versions(app):
    root, page, process = app
    client = root / "demo" / "client"
    (client / "words.py").write_text('TITLE = "From words"\n')
    edit(client / "main.py", 'from pytk.widgets import', 'from demo.client.words import TITLE\nfrom pytk.widgets import')
    edit(client / "main.py", 'Label("Demo"', 'Label(TITLE')
    page.wait_for_function(title_is("From words"), timeout=15000)
    assert page.evaluate(NOT_RELOADED)
    # words.py has no hook, but the page had not loaded it before: main's hook is enough.
    (client / "words.py").write_text('TITLE = "Words again"\n')
    page.wait_for_function(title_is("Words again"), timeout=15000)
    # words.py was loaded and has no hook now: the page reloaded to run the new code.
    assert not page.evaluate(NOT_RELOADED)


def test_a_module_without_a_hook_reloads_the_page(app):
    root, page, process = app
    main = root / "demo" / "client" / "main.py"
    text = main.read_text()
    main.write_text(text[:text.index("def on_hot_reload")].replace('Label("Demo"', 'Label("Demo, reloaded"'))
    page.wait_for_function(title_is("Demo, reloaded"), timeout=15000)
    assert not page.evaluate(NOT_RELOADED)


def test_css_is_swapped_without_a_reload(app):
    root, page, process = app
    (root / "demo" / "public" / "style.css").write_text(".title { color: rgb(1, 2, 3); }\n")
    page.wait_for_function("getComputedStyle(document.querySelector('.title')).color === 'rgb(1, 2, 3)'",
                           timeout=15000)
    assert page.evaluate(NOT_RELOADED)
    assert page.locator("link[rel=stylesheet]").count() == 1


def test_index_html_changes_reload_the_page(app):
    root, page, process = app
    edit(root / "demo" / "public" / "index.html", '<main id="app"></main>', '<main id="app"></main><p class="note">new</p>')
    page.wait_for_selector(".note", timeout=15000)
    assert not page.evaluate(NOT_RELOADED)
