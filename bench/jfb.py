"""Benchmark: the keyed js-framework-benchmark app in pytk against the same app in plain JavaScript.

Builds samples/jfb, serves it with `pytk serve` (the pytk app at /, the vanilla one at
/static/vanilla.html) and drives both in headless Chromium, interleaved, through the nine
operations of the benchmark. Each timing runs, in the page, from the button's click until the
browser has recomputed style and layout for the change (forced by reading the table's size):
the script's work and the rendering work it causes, without the wait for the next frame, which
adds up to 16 ms of noise to every sample. Painting is left out; both apps paint the same DOM. It prints each
operation's median for both, the ratio pytk/vanilla, and the geometric mean of the ratios
weighted as the benchmark's results table weighs them.
Run: .venv/bin/python bench/jfb.py [--samples N] [--budget SECONDS]
"""
from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "jfb"
PYTK = str(Path(sys.executable).with_name("pytk"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
EXTRA_BUILD: list[str] = []
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# (name, weight in the benchmark's weighted geometric mean, setup clicks, warm-up clicks, measured click)
OPERATIONS = [
    ("create rows", 0.64, [], [], "#run"),
    ("replace all rows", 0.56, ["#run"], ["#run"] * 5, "#run"),
    ("partial update", 0.56, ["#run"], ["#update"] * 3, "#update"),
    ("select row", 0.19, ["#run"], [], "tbody tr:nth-child(2) a.lbl"),
    ("swap rows", 0.13, ["#run"], ["#swaprows"] * 5, "#swaprows"),
    ("remove row", 0.53, ["#run"], ["tbody tr:nth-child(5) a.remove"] * 5, "tbody tr:nth-child(2) a.remove"),
    ("create many rows", 0.56, [], [], "#runlots"),
    ("append rows to large table", 0.55, ["#run"], [], "#add"),
    ("clear rows", 0.42, ["#run"], [], "#clear"),
]

TIME_CLICK = """
async (selector) => {
  const target = document.querySelector(selector);
  const start = performance.now();
  target.click();
  document.querySelector("table").getBoundingClientRect();
  const elapsed = performance.now() - start;
  await new Promise((done) => setTimeout(done, 0));
  return elapsed;
}
"""


def bundle_size(root: Path) -> str:
    """The pytk app's initial JavaScript download, from the build's manifest."""
    manifest = json.loads((root / "dist" / "manifest.json").read_text())
    return f"{manifest['initial_bytes'] / 1024:.1f} KiB raw, {manifest['initial_gzip'] / 1024:.1f} KiB gzip"


def serve() -> tuple[subprocess.Popen, str, Path]:
    work = Path(tempfile.mkdtemp(prefix="pytk-jfb-"))
    root = work / "jfb"
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns("dist", ".pytk", "__pycache__"))
    subprocess.run([PYTK, "build", *EXTRA_BUILD], cwd=root, check=True, capture_output=True, timeout=120)
    if not EXTRA_BUILD:
        print("pytk bundle:", bundle_size(root), "; vanilla.js:",
              f"{(root / 'jfb' / 'public' / 'vanilla.js').stat().st_size / 1024:.1f} KiB raw")
    process = subprocess.Popen([PYTK, "serve", "--port", "0"], cwd=root, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 30
    for line in process.stdout:
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if match:
            return process, match.group(1), work
        if time.monotonic() > deadline:
            break
    process.kill()
    raise SystemExit("pytk serve did not start")


def measure(page, url: str, operation: tuple) -> float:
    _name, _weight, setup, warmup, measured = operation
    page.goto(url)
    page.wait_for_selector("body[data-ready=yes]", state="attached")
    for selector in [*setup, *warmup]:
        page.evaluate(TIME_CLICK, selector)
    return page.evaluate(TIME_CLICK, measured)



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=7)
    parser.add_argument("--budget", type=float, default=900, help="stop sampling after this many seconds")
    options = parser.parse_args()
    process, base, work = serve()
    started = time.monotonic()
    results: dict[str, dict[str, list[float]]] = {op[0]: {"vanilla": [], "pytk": []} for op in OPERATIONS}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            for _sample in range(options.samples):
                if time.monotonic() - started > options.budget:
                    print(f"time budget of {options.budget:.0f} s reached", file=sys.stderr)
                    break
                for operation in OPERATIONS:
                    results[operation[0]]["vanilla"].append(measure(page, base + "static/vanilla.html", operation))
                    results[operation[0]]["pytk"].append(measure(page, base, operation))
            browser.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    print(f"{'operation':30} {'vanilla ms':>11} {'pytk ms':>9} {'pytk/vanilla':>13}")
    weighted = 0.0
    weights = 0.0
    for name, weight, *_rest in OPERATIONS:
        vanilla = statistics.median(results[name]["vanilla"])
        ours = statistics.median(results[name]["pytk"])
        ratio = ours / vanilla
        weighted += weight * math.log(ratio)
        weights += weight
        print(f"{name:30} {vanilla:11.1f} {ours:9.1f} {ratio:13.2f}")
    samples = len(results[OPERATIONS[0][0]]["pytk"])
    print(f"weighted geometric mean of pytk/vanilla: {math.exp(weighted / weights):.2f} "
          f"(median of {samples} samples per operation)")


if __name__ == "__main__":
    main()
