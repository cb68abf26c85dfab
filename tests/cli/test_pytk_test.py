"""`pytk test` on a freshly made app: server tests, client tests in Chromium, Python tracebacks."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PYTK, REPO

pytestmark = pytest.mark.browser


def pytk_test(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}, "COLUMNS": "200"}
    return subprocess.run([*PYTK, "test", *args], cwd=root, capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("apps") / "shop"
    result = subprocess.run([*PYTK, "new", str(root), "--title", "The Shop"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return root


def test_a_new_app_passes_its_tests_out_of_the_box(app):
    result = pytk_test(app, "-v")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for test in ("tests/test_greet.py::test_greets_by_name PASSED",
                 "tests/client/test_client.py::test_a_label_shows_its_text PASSED",
                 "tests/client/test_client.py::test_main_builds_the_page PASSED",
                 "tests/client/test_client.py::test_the_service_answers_through_rpc PASSED",
                 "tests/client/test_client.py::test_a_blank_name_raises_the_declared_exception PASSED",
                 "tests/test_page.py::test_the_page_greets_by_name[chromium] PASSED"):
        assert test in output
    assert "7 passed" in output
    assert "warning" not in output.lower()


def docs_block(marker: str) -> str:
    """The fenced block of docs/testing.md that contains ``marker``."""
    text = (REPO / "docs" / "testing.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    return next(block for block in blocks if marker in block)


def test_the_documented_failing_client_tests_show_python_tracebacks(app):
    """The example of docs/testing.md fails as the page says it does."""
    example = docs_block("# file: tests/client/test_cart.py")
    shown = docs_block("Traceback (most recent call last)")
    cart = app / "tests" / "client" / "test_cart.py"
    cart.write_text(example.split("\n", 1)[1], encoding="utf-8")
    try:
        result = pytk_test(app, "tests/client/test_cart.py")
    finally:
        cart.unlink()
    output = result.stdout
    assert result.returncode == 1, output + result.stderr
    assert "3 failed, 1 passed" in output
    for report in re.split(r"^_+ .* _+$", shown, flags=re.MULTILINE)[1:]:
        assert report.strip() in output
    assert "FAILED tests/client/test_cart.py::test_label_text - AssertionError: the label says Hi" in output
    assert "__runtime__" not in output  # Transcrypt's frames are left out


def test_a_client_test_that_does_not_compile_fails_with_the_compile_error(app):
    broken = app / "tests" / "client" / "test_server_import.py"
    broken.write_text("from shop.server.services import GreetServiceImpl\n\n\ndef test_nothing():\n    pass\n",
                      encoding="utf-8")
    try:
        result = pytk_test(app, "tests/client/test_server_import.py")
    finally:
        broken.unlink()
    assert result.returncode == 1
    assert "tests/client/test_server_import.py:1:1: PTK101 client code cannot import server module" in result.stdout


def test_outside_an_app_it_says_what_is_wrong(tmp_path):
    result = pytk_test(tmp_path)
    assert result.returncode != 0
    assert "no pyproject.toml with a [tool.pytk] table" in result.stderr


def test_each_client_test_starts_from_a_fresh_page(app):
    isolated = app / "tests" / "client" / "test_isolated.py"
    isolated.write_text(
        "from pytk.widgets import Label, RootPanel\n\n\n"
        "def test_one():\n"
        "    RootPanel.get('app').add(Label('one', style_name='mark'))\n"
        "    assert len(document.querySelectorAll('.mark')) == 1\n\n\n"
        "def test_two():\n"
        "    RootPanel.get('app').add(Label('two', style_name='mark'))\n"
        "    assert len(document.querySelectorAll('.mark')) == 1\n", encoding="utf-8")
    try:
        result = pytk_test(app, "tests/client/test_isolated.py")
    finally:
        isolated.unlink()
    assert result.returncode == 0, result.stdout
    assert "2 passed" in result.stdout
