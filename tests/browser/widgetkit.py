"""Helpers for the widget tests: an app built from one client module, served for a test module."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import pytk, running

READY = "body[data-ready=yes]"


@contextmanager
def served_client(parent: Path, client: str, files: dict[str, str] | None = None) -> Iterator[str]:
    """`pytk new`, replace the client's main.py with ``client`` (and write ``files``, paths
    relative to the app's root), `pytk build`, `pytk serve`; yield the page's URL."""
    assert pytk("new", "gallery", cwd=parent).returncode == 0
    root = parent / "gallery"
    (root / "gallery" / "client" / "main.py").write_text(client)
    for path, text in (files or {}).items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    result = pytk("build", cwd=root, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    with running("serve", root) as (url, _process):
        yield url


def open_app(page, url: str):
    """Load the app and wait until its main() has finished (it sets data-ready on <body>)."""
    page.set_default_timeout(5000)
    page.goto(url)
    page.wait_for_selector(READY, state="attached")
    return page
