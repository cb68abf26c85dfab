"""Fixtures shared by the whole suite: apps in temporary folders, real servers, Chromium."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PYTK = [str(Path(sys.executable).with_name("pytk"))]
SERVING = re.compile(r"at (http://127\.0\.0\.1:\d+/)")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, headless, with nothing that reaches the network."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync"]}


def pytk(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the pytk command and capture what it prints."""
    return subprocess.run([*PYTK, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def new_app(tmp_path: Path):
    """Make an app with `pytk new` in a temporary folder; returns its root."""
    def make(name: str = "demo") -> Path:
        result = pytk("new", name, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        return tmp_path / name
    return make


class ServerProcess:
    """A running `pytk dev` or `pytk serve`, with everything it prints collected."""

    def __init__(self, process: subprocess.Popen):
        self.process = process
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)

    def poll(self) -> int | None:
        return self.process.poll()

    def wait_for_output(self, text: str, timeout: float = 15, after: int = 0) -> None:
        """Wait until a line printed after the first ``after`` lines contains ``text``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines[after:]):
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.02)
        raise AssertionError(f"no {text!r} in the output:\n" + "".join(self.lines))


@contextmanager
def running(command: str, root: Path, *extra: str, timeout: float = 30) -> Iterator[tuple[str, ServerProcess]]:
    """Start `pytk dev` or `pytk serve` on a free port; yield its base URL and process."""
    server = ServerProcess(subprocess.Popen([*PYTK, command, *extra, "--port", "0"], cwd=root,
                                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                            env={**os.environ, "PYTHONUNBUFFERED": "1"}))
    try:
        server.wait_for_output("Serving", timeout)
        match = SERVING.search("".join(server.lines))
        assert match, "".join(server.lines)
        yield match.group(1), server
    finally:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@pytest.fixture
def app_page(page):
    """A Chromium page that records uncaught Python exceptions by class name and message in
    ``window.__pytkErrors`` (pytk's pytest plugin sets up ``page`` so)."""
    return page


def pytest_collection_modifyitems(session, config, items):
    """Run the language-server tests first: their asyncio loops cannot start once Playwright's
    synchronous API holds a running loop in this thread, which it does from the first browser test on."""
    items.sort(key=lambda item: 0 if "tests/lsp/" in item.nodeid or item.nodeid.startswith("lsp/") else 1)
