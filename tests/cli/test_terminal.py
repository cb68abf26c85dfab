"""What the commands print: sizes after `pytk build`, --quiet and --verbose, colours on terminals only."""
from __future__ import annotations

import os
import pty
import re
import time
from pathlib import Path

import pytest

from tests.conftest import PYTK, pytk, running

ANSI = "\x1b["


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("term") / "demo"
    assert pytk("new", str(root), cwd=root.parent).returncode == 0
    return root


def test_build_prints_a_size_table_with_a_gzip_column_and_no_colours_when_piped(app):
    result = pytk("build", "--no-bundle", cwd=app)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^file\s+size\s+gzip$", result.stderr, re.MULTILINE)
    assert re.search(r"^static/style\.css\s+\d+ B\s+\d+ B$", result.stderr, re.MULTILINE)
    assert re.search(r"^assets/\w+/demo\.client\.main\.js\s+[\d.]+ KiB\s+[\d.]+ KiB$", result.stderr, re.MULTILINE)
    assert re.search(r"^\d+ files\s+[\d.]+ KiB\s+[\d.]+ KiB$", result.stderr, re.MULTILINE)
    assert "Built " in result.stderr
    assert ANSI not in result.stderr and result.stdout == ""


def test_quiet_prints_nothing_on_success_and_problems_on_failure(app):
    result = pytk("build", "--quiet", "--no-bundle", cwd=app)
    assert (result.returncode, result.stderr, result.stdout) == (0, "", "")
    assert (app / "dist" / "manifest.json").is_file()
    main = app / "demo" / "client" / "main.py"
    good = main.read_text()
    main.write_text(good.replace("def main():", "def main(:"))
    try:
        result = pytk("-q", "build", "--no-bundle", cwd=app)
    finally:
        main.write_text(good)
    assert result.returncode == 1
    assert result.stderr.startswith("demo/client/main.py:7:10: PTK001 syntax error")


def test_verbose_names_the_build_steps(app):
    result = pytk("--verbose", "build", "--no-bundle", cwd=app)
    assert result.returncode == 0
    assert "Building demo: compiling the client, minifying each module" in result.stderr


def test_on_a_terminal_output_has_colours(app):
    pid, fd = pty.fork()
    if pid == 0:  # the child: pytk build with a terminal as its stdout and stderr
        os.chdir(app)
        os.execv(PYTK[0], [PYTK[0], "build", "--no-bundle"])
    output, deadline = b"", time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    text = output.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert ANSI in text and "gzip" in text and "Built " in text


def test_dev_verbose_lists_changed_files(app):
    with running("dev", app, "--verbose") as (url, process):
        printed = len(process.lines)
        (app / "demo" / "public" / "style.css").write_text("body { color: red; }\n")
        process.wait_for_output("changed: demo/public/style.css", after=printed)
