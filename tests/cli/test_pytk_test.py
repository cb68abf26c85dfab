"""`pytk test` on a freshly made app: server tests, client tests in Chromium, Python tracebacks."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PYTK

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


def test_a_failing_client_test_shows_a_python_traceback(app):
    broken = app / "tests" / "client" / "test_broken.py"
    broken.write_text(
        "from pytk.widgets import Label\n"
        "\n"
        "\n"
        "def total(items):\n"
        "    result = 0\n"
        "    for item in items:\n"
        "        result += item.price\n"
        "    return result\n"
        "\n"
        "\n"
        "def test_total_of_nothing_is_zero():\n"
        "    assert total([]) == 0\n"
        "\n"
        "\n"
        "def test_items_without_a_price():\n"
        "    total([None])\n"
        "\n"
        "\n"
        "def test_label_text():\n"
        "    label = Label('Hi')\n"
        "    assert label.text == 'Hello', 'the label says ' + label.text\n"
        "\n"
        "\n"
        "async def test_raises_in_async_code():\n"
        "    raise KeyError('missing')\n", encoding="utf-8")
    try:
        result = pytk_test(app, "tests/client/test_broken.py")
    finally:
        broken.unlink()
    output = result.stdout
    assert result.returncode == 1, output + result.stderr
    assert "1 passed, 3 failed" in output.replace("3 failed, 1 passed", "1 passed, 3 failed")
    assert ('Traceback (most recent call last):\n'
            '  File "tests/client/test_broken.py", line 16, in test_items_without_a_price\n'
            '    total([None])\n'
            '  File "tests/client/test_broken.py", line 7, in total\n'
            '    result += item.price\n'
            "TypeError: Cannot read properties of null (reading 'price')") in output
    assert ('  File "tests/client/test_broken.py", line 21, in test_label_text\n'
            "    assert label.text == 'Hello', 'the label says ' + label.text\n"
            "AssertionError: the label says Hi") in output
    assert ('  File "tests/client/test_broken.py", line 25, in test_raises_in_async_code\n'
            "    raise KeyError('missing')\n"
            "KeyError: 'missing'") in output
    assert "FAILED tests/client/test_broken.py::test_label_text - AssertionError: the label says Hi" in output
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
