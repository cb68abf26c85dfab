"""`pytk dev` in real headless Chromium: reload on save, compile errors in the page, recovery."""
from __future__ import annotations

import pytest

from tests.conftest import pytk, running

pytestmark = pytest.mark.browser


@pytest.fixture
def dev_app(new_app):
    root = new_app()
    with running("dev", root) as (url, process):
        yield root, url, process


def title_is(text: str) -> str:
    return f"document.querySelector('.title') && document.querySelector('.title').textContent === {text!r}"


def test_saving_a_client_file_reloads_the_page(app_page, dev_app):
    root, url, process = dev_app
    page = app_page
    page.goto(url)
    page.wait_for_function(title_is("Demo"))
    main = root / "demo" / "client" / "main.py"
    main.write_text(main.read_text().replace('Label("Demo"', 'Label("Demo, edited"'))
    page.wait_for_function(title_is("Demo, edited"), timeout=15000)
    assert page.evaluate("window.__pytkErrors") == []


def test_a_syntax_error_shows_in_the_page_and_clears_when_fixed(app_page, dev_app):
    root, url, process = dev_app
    page = app_page
    page.goto(url)
    page.wait_for_function(title_is("Demo"))
    main = root / "demo" / "client" / "main.py"
    good = main.read_text()
    main.write_text(good.replace("def main():", "def main(:"))
    overlay = page.wait_for_selector("#pytk-error-overlay", timeout=15000)
    text = overlay.text_content()
    assert "demo/client/main.py:7:10: PTK001 syntax error" in text
    assert "def main(:" in text  # the code frame
    # The server keeps serving the last good build meanwhile.
    assert process.poll() is None
    main.write_text(good.replace('Label("Demo"', 'Label("Demo, fixed"'))
    page.wait_for_function(title_is("Demo, fixed"), timeout=15000)
    assert page.locator("#pytk-error-overlay").count() == 0


def test_a_page_opened_while_broken_shows_the_error(app_page, dev_app):
    root, url, process = dev_app
    main = root / "demo" / "client" / "main.py"
    good = main.read_text()
    main.write_text(good + "\nimport sqlite3\n")
    page = app_page
    page.goto(url)
    overlay = page.wait_for_selector("#pytk-error-overlay", timeout=15000)
    assert "PTK103 'sqlite3' is a CPython-only module" in overlay.text_content()
    main.write_text(good)
    page.wait_for_selector("#pytk-error-overlay", state="detached", timeout=15000)
    page.wait_for_function(title_is("Demo"))


def test_server_code_changes_apply_without_a_restart(app_page, dev_app):
    root, url, process = dev_app
    services = root / "demo" / "server" / "services.py"
    printed = len(process.lines)
    services.write_text(services.read_text().replace('f"Hello, {name}!"', 'f"Welcome, {name}!"'))
    process.wait_for_output("loaded server code", after=printed)
    process.wait_for_output("compiled", after=printed)  # the pages reload after this compile
    page = app_page
    page.goto(url)
    page.wait_for_function(title_is("Demo"))
    page.fill(".name", "Ada")
    page.click(".greet")
    page.wait_for_function("document.querySelector('.greeting').textContent !== ''", timeout=15000)
    assert page.text_content(".greeting") == "Welcome, Ada!"


def test_the_dev_server_survives_deleted_and_renamed_files(app_page, dev_app):
    root, url, process = dev_app
    client = root / "demo" / "client"
    (client / "extra.py").write_text("VALUE = 1\n")
    (client / "extra.py").rename(client / "renamed.py")
    (client / "renamed.py").unlink()
    main = client / "main.py"
    main.write_text(main.read_text().replace('Label("Demo"', 'Label("Demo, still"'))
    page = app_page
    page.goto(url)
    page.wait_for_function(title_is("Demo, still"), timeout=15000)
    assert process.poll() is None


def test_broken_server_code_at_start_is_reported_and_recovers(new_app, app_page):
    root = new_app()
    services = root / "demo" / "server" / "services.py"
    good = services.read_text()
    services.write_text(good + "\nraise RuntimeError('not ready')\n")
    with running("dev", root) as (url, process):
        process.wait_for_output("server code failed to load")
        assert "RuntimeError: not ready" in "".join(process.lines)
        printed = len(process.lines)
        services.write_text(good)
        process.wait_for_output("loaded server code: 1 service(s)", after=printed)
        process.wait_for_output("compiled", after=printed)  # the pages reload after this compile
        page = app_page
        page.goto(url)
        page.fill(".name", "Ada")
        page.click(".greet")
        page.wait_for_function("document.querySelector('.greeting').textContent !== ''", timeout=15000)
        assert page.text_content(".greeting") == "Hello, Ada!"
