"""How pytk starts Chromium for tests: headless, offline, and with readable client errors."""
from __future__ import annotations

import os
import shutil
from typing import Any

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Records every uncaught exception of the page as "ClassName: message" in window.__pytkErrors
# (compiled Python exceptions are JavaScript objects whose name alone says nothing).
READABLE_ERRORS = """
(() => {
  if (window.__pytkErrors) return;
  const describe = (e) => {
    try { return e.__class__.__name__ + ': ' + e.__str__(); } catch (x) { return String(e); }
  };
  window.__pytkErrors = [];
  window.addEventListener('error', (ev) => window.__pytkErrors.push(describe(ev.error)));
  window.addEventListener('unhandledrejection', (ev) => window.__pytkErrors.push(describe(ev.reason)));
})();
"""


def chromium_executable() -> str | None:
    """The Chromium to run: $PYTK_CHROMIUM, else the system's ``chromium`` (e.g. Debian's), else None
    (Playwright's own browser)."""
    explicit = os.environ.get("PYTK_CHROMIUM")
    if explicit:
        return explicit
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    return found


def launch_args(base: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch arguments with pytk's Chromium and flags."""
    executable = chromium_executable()
    extra = {"executable_path": executable} if executable else {}
    return {**base, **extra, "args": [*base.get("args", []), *CHROMIUM_FLAGS]}
