"""Benchmark: save -> new code running in headless Chromium, with `pytk dev`.

A copy of samples/hello runs under `pytk dev` (a real process on 127.0.0.1) with one Chromium
page open. Each edit rewrites the title in hello/client/main.py; the time runs from just
before the file is written until the page shows the new title (Playwright polls on every
animation frame). Hot: the module keeps its `on_hot_reload` hook, so the page swaps the module
in. Baseline, in the same run: the hook removed, so every save reloads the page.

Server code: each edit rewrites the greeting in hello/server/services.py; the time runs from
just before the write until an RPC call (made over and over) answers with the new text, that is
until `pytk dev` has started a new app server process and switched to it. Baseline, same run:
what one does without that, stopping `pytk dev` and starting it again until RPC answers.
Run: .venv/bin/python -m bench.reload [EDITS]
"""
from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from pytk.testing.browser import CHROMIUM_FLAGS, chromium_executable

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "hello"
PYTK = str(Path(sys.executable).with_name("pytk"))
TIMEOUT_MS = 10_000


def start_dev(app: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([PYTK, "dev", "--port", "0"], cwd=app, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 60
    assert process.stdout is not None
    for line in process.stdout:
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if match:
            threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()  # drain
            return process, match.group(1)
        if time.monotonic() > deadline:
            break
    process.kill()
    raise RuntimeError("pytk dev did not start")


def measure(page, main: Path, template: str, edits: int, label: str) -> list[float]:
    times = []
    for number in range(edits):
        title = f"{label} {number}"
        source = template.replace('Label("Hello"', f'Label("{title}"')
        started = time.perf_counter()
        main.write_text(source, encoding="utf-8")
        page.wait_for_function(f"document.querySelector('.title') && "
                               f"document.querySelector('.title').textContent === {title!r}",
                               polling="raf", timeout=TIMEOUT_MS)
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.1)  # let the dev server settle: edits are saves, not one burst
    return times


def greeting(url: str) -> str:
    """What GreetService.greet("Ada") answers now ("" when the call fails)."""
    body = json.dumps({"service": "hello.shared.greet.GreetService", "method": "greet", "args": ["Ada"]}).encode()
    request = urllib.request.Request(url + "_pytk/rpc", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())["result"]["text"]
    except (OSError, KeyError, ValueError):
        return ""


def wait_for_greeting(url: str, expected: str) -> None:
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while greeting(url) != expected:
        if time.monotonic() > deadline:
            raise RuntimeError(f"the server never answered {expected!r}")
        time.sleep(0.005)


def measure_server(url: str, services: Path, template: str, edits: int) -> list[float]:
    """Save server code -> RPC answers with the new code, in the running `pytk dev`."""
    times = []
    for number in range(edits):
        word = f"Server{number}"
        started = time.perf_counter()
        services.write_text(template.replace('f"Hello, {name}!"', f'f"{word}, {{name}}!"'), encoding="utf-8")
        wait_for_greeting(url, f"{word}, Ada!")
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.2)  # the old process stops meanwhile
    return times


def measure_dev_restarts(app: Path, services: Path, template: str, count: int) -> list[float]:
    """Baseline: stop `pytk dev` after the save and start it again, until RPC answers the new code."""
    times = []
    for number in range(count):
        word = f"Restart{number}"
        started = time.perf_counter()
        services.write_text(template.replace('f"Hello, {name}!"', f'f"{word}, {{name}}!"'), encoding="utf-8")
        process, url = start_dev(app)
        try:
            wait_for_greeting(url, f"{word}, Ada!")
            times.append((time.perf_counter() - started) * 1000)
        finally:
            process.terminate()
            process.wait(timeout=10)
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms   (n={len(ordered)})"


def main() -> None:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as scratch:
        app = Path(scratch) / "hello"
        shutil.copytree(SAMPLE, app, ignore=shutil.ignore_patterns(".pytk", "dist", "__pycache__"))
        main_py = app / "hello" / "client" / "main.py"
        services = app / "hello" / "server" / "services.py"
        services_source = services.read_text(encoding="utf-8")
        hot_source = main_py.read_text(encoding="utf-8")
        reload_source = hot_source[:hot_source.index("\n\ndef on_hot_reload")] + "\n"
        process, url = start_dev(app)
        try:
            with sync_playwright() as playwright:
                executable = chromium_executable()
                browser = playwright.chromium.launch(
                    **({"executable_path": executable} if executable else {}), args=CHROMIUM_FLAGS)
                page = browser.new_page()
                page.goto(url)
                page.wait_for_selector(".title")
                measure(page, main_py, hot_source, 3, "warm")  # warm up the compiler's memos
                hot = measure(page, main_py, hot_source, edits, "hot")
                page.evaluate("window.__marker = 1")
                reloaded = measure(page, main_py, reload_source, max(10, edits // 2), "reload")
                assert page.evaluate("window.__marker") is None, "the baseline did not reload"
                browser.close()
            measure_server(url, services, services_source, 2)  # warm up
            server = measure_server(url, services, services_source, max(10, edits // 2))
        finally:
            process.terminate()
            process.wait(timeout=10)
        restarts = measure_dev_restarts(app, services, services_source, max(5, edits // 10))
    print("save -> new code running in Chromium (pytk dev, samples/hello)")
    print(f"  hot module replacement  {summary(hot)}")
    print(f"  full reload (baseline)  {summary(reloaded)}")
    print(f"  hot vs reload, p50: {statistics.median(reloaded) / statistics.median(hot):.2f}x faster")
    print("save of server code -> RPC answers with the new code")
    print(f"  app server restarted by pytk dev  {summary(server)}")
    print(f"  pytk dev restarted (baseline)     {summary(restarts)}")
    print(f"  restart vs baseline, p50: {statistics.median(restarts) / statistics.median(server):.2f}x faster")


if __name__ == "__main__":
    main()
