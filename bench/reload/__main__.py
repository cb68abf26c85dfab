"""Benchmark: save -> new code running in headless Chromium, with `pytk dev`.

A copy of samples/hello runs under `pytk dev` (a real process on 127.0.0.1) with one Chromium
page open. Each edit rewrites the title in hello/client/main.py; the time runs from just
before the file is written until the page shows the new title (Playwright polls on every
animation frame). Hot: the module keeps its `on_hot_reload` hook, so the page swaps the module
in. Baseline, in the same run: the hook removed, so every save reloads the page.
Run: .venv/bin/python -m bench.reload [EDITS]
"""
from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
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
        finally:
            process.terminate()
            process.wait(timeout=10)
    print("save -> new code running in Chromium (pytk dev, samples/hello)")
    print(f"  hot module replacement  {summary(hot)}")
    print(f"  full reload (baseline)  {summary(reloaded)}")
    print(f"  hot vs reload, p50: {statistics.median(reloaded) / statistics.median(hot):.2f}x faster")


if __name__ == "__main__":
    main()
