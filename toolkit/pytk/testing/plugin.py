"""The pytest plugin for pytk apps (registered as the ``pytk`` entry point of ``pytest11``).

Fixtures:

* ``pytk_app`` (session): the app under test compiled and served on 127.0.0.1 at a free
  port, as a :class:`~pytk.testing.served.ServedApp` (``pytk_app.url``);
* ``page``: pytest-playwright's page, in Chromium started headless with pytk's flags
  (Debian's ``/usr/bin/chromium`` when it is installed), recording uncaught client
  exceptions in ``window.__pytkErrors``.

Files ``tests/client/test_*.py`` are collected as client tests: each ``test*`` function
(plain or ``async``) becomes a pytest test that runs compiled in Chromium.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from _pytest._code.code import TerminalRepr

from pytk.testing.client import ClientTestFailed, ClientTestRunner, is_client_test, test_functions


class ClientTestFile(pytest.File):
    """A client test module: its test functions, found without importing it."""

    def collect(self):
        for name, line in test_functions(self.path):
            yield ClientTestItem.from_parent(self, name=name, callobj=_client_test(self.path, name), line=line)


def _client_test(path: Path, name: str):
    def run_in_chromium(pytk_client_runner: ClientTestRunner, request: pytest.FixtureRequest) -> None:
        output = pytk_client_runner.run(path, name)
        if output:
            request.node.add_report_section("call", "console", "\n".join(output))
    run_in_chromium.__name__ = name
    return run_in_chromium


class ClientTestItem(pytest.Function):
    """One client test function, run compiled in Chromium; a failure shows a Python traceback."""

    def __init__(self, *args: Any, line: int = 0, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.line = line

    def reportinfo(self):
        return self.path, self.line - 1, f"{self.name} (in Chromium)"

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ClientTestFailed):
            return ClientFailureRepr(excinfo.value.report)
        return super().repr_failure(excinfo, style)


class ClientFailureRepr(TerminalRepr):
    """A client test's failure: the Python traceback, and its last line for the short summary."""

    def __init__(self, report: str):
        self.report = report
        self.reprcrash = SimpleNamespace(message=report.strip().splitlines()[-1] if report.strip() else "failed")

    def toterminal(self, tw) -> None:
        for line in self.report.splitlines():
            tw.line(line, red=line == self.reprcrash.message)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent):
    if is_client_test(module_path):
        return ClientTestFile.from_parent(parent, path=module_path)
    return None


BROWSER_FIXTURES = {"page", "context", "browser", "pytk_app", "pytk_client_runner"}


def pytest_configure(config: pytest.Config) -> None:
    # Registered now, after pytest-playwright, so that pytk's fixtures override its fixtures
    # of the same names and can build on them.
    config.pluginmanager.import_plugin("pytk.testing.fixtures")


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list) -> None:
    """In an app, run the modules that use Chromium last: once Playwright's synchronous API has
    started, an event loop is running in the main thread and ``asyncio.run`` refuses to start."""
    pyproject = config.rootpath / "pyproject.toml"
    if not (pyproject.is_file() and "[tool.pytk]" in pyproject.read_text(encoding="utf-8")):
        return
    uses_browser = {item.path for item in items if BROWSER_FIXTURES.intersection(getattr(item, "fixturenames", ()))}
    items.sort(key=lambda item: item.path in uses_browser)
