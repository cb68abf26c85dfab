"""The fixtures of pytk's pytest plugin (see :mod:`pytk.testing.plugin`).

The plugin registers this module when pytest is configured, after pytest-playwright's
plugin, so ``browser_type_launch_args`` and ``page`` here override pytest-playwright's
fixtures of those names and build on them.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from pytk.testing.browser import READABLE_ERRORS, launch_args
from pytk.testing.client import ClientTestRunner, test_routes
from pytk.testing.served import ServedApp


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Headless Chromium with no network side traffic; the system's Chromium when installed."""
    return launch_args(browser_type_launch_args)


@pytest.fixture
def page(page: Any) -> Any:
    """A Chromium page that records uncaught client exceptions in ``window.__pytkErrors``."""
    page.add_init_script(READABLE_ERRORS)
    return page


@pytest.fixture(scope="session")
def pytk_app(pytestconfig: pytest.Config) -> Iterator[ServedApp]:
    """The app under test, compiled and served on 127.0.0.1 (a free port) for the session."""
    from pytk.config import load_config

    config = load_config(pytestconfig.rootpath)
    builds = config.work_dir / "test" / "modules"
    with ServedApp(config, test_routes(config, builds)) as app:
        app.client_test_builds = builds
        yield app


@pytest.fixture(scope="session")
def pytk_client_runner(pytk_app: ServedApp, browser: Any) -> Iterator[ClientTestRunner]:
    """Compiles client tests and runs them against ``pytk_app`` in ``browser``."""
    runner = ClientTestRunner(pytk_app.config, pytk_app.url, pytk_app.client_test_builds, browser)
    yield runner
    runner.close()
