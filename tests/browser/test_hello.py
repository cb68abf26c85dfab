"""The hello app in real headless Chromium, served by `pytk serve` from a production build."""
from __future__ import annotations

import pytest

from tests.conftest import REPO, pytk, running

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("hello") / "hello"
    assert pytk("new", str(root), "--title", "Hello", cwd=root.parent).returncode == 0
    assert pytk("build", cwd=root).returncode == 0
    with running("serve", root) as (url, process):
        yield url


def test_the_page_greets_through_rpc(app_page, served_app):
    page = app_page
    page.goto(served_app)
    page.fill(".name", "Ada")
    page.click(".greet")
    page.wait_for_function("document.querySelector('.greeting').textContent !== ''")
    assert page.text_content(".greeting") == "Hello, Ada!"
    page.fill(".name", "Grace")
    page.press(".name", "Enter")
    page.wait_for_function("document.querySelector('.greeting').textContent.includes('Grace')")
    assert page.text_content(".greeting") == "Hello, Grace!"
    assert page.evaluate("window.__pytkErrors") == []


def test_a_declared_exception_is_raised_as_its_class_in_the_client(app_page, served_app):
    page = app_page
    page.goto(served_app)
    page.fill(".name", "   ")
    page.click(".greet")
    page.wait_for_function("document.querySelector('.greeting').textContent !== ''")
    assert page.text_content(".greeting") == "Please enter a name."
    assert page.evaluate("window.__pytkErrors") == []


def test_user_text_is_shown_as_text_never_as_html(app_page, served_app):
    page = app_page
    page.goto(served_app)
    payload = '<img src=x onerror="window.__xss=1">'
    page.fill(".name", payload)
    page.click(".greet")
    page.wait_for_function("document.querySelector('.greeting').textContent !== ''")
    assert page.text_content(".greeting") == f"Hello, {payload}!"
    assert page.locator(".greeting img").count() == 0
    assert page.evaluate("window.__xss") is None


def test_the_sample_is_the_scaffold():
    """samples/hello is what `pytk new hello --title Hello` writes, file for file."""
    from pytk.scaffold import create_app
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "hello"
        create_app(fresh, "hello", "Hello")
        sample = REPO / "samples" / "hello"
        ignored = {".pytk", "dist", "__pycache__", ".pytest_cache"}
        def files(root: Path) -> dict[str, bytes]:
            return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
                    if p.is_file() and not ignored.intersection(p.relative_to(root).parts)}
        assert files(sample) == files(fresh)
