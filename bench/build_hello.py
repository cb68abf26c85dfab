"""Benchmark: compiling the hello sample's client, and the size of what `pytk build` writes.

Compares, in the same run, pytk's in-process compile against the same compile with
Transcrypt's identifier filter left unpatched (the baseline), and reports JavaScript bytes
raw and gzipped. Run: .venv/bin/python bench/build_hello.py
"""
from __future__ import annotations

import gzip
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pytk.compiler import transcrypt as driver
from pytk.compiler.build import compile_client
from pytk.compiler.dist import build_dist
from pytk.config import load_config

ROUNDS = 15
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "hello"


def median_compile_ms(config, out: Path) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        compile_client(config, out, source_maps=True, cache=None)  # every module generated
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        app = Path(scratch) / "hello"
        shutil.copytree(SAMPLE, app, ignore=shutil.ignore_patterns(".pytk", "dist", "__pycache__"))
        config = load_config(app)
        out = Path(scratch) / "out"
        compile_client(config, out, cache=None)  # warm up: imports, memos
        patched = median_compile_ms(config, out)

        _, compiler, _, _ = driver._transcrypt()
        memoized = compiler.Generator.filterId
        compiler.Generator.filterId = memoized.__wrapped__
        try:
            baseline = median_compile_ms(config, out)
        finally:
            compiler.Generator.filterId = memoized

        started = time.perf_counter()
        report = build_dist(config)
        build_ms = (time.perf_counter() - started) * 1000
        js = [app / "dist" / f["path"] for f in report.files if f["path"].endswith(".js")]
        raw = sum(p.stat().st_size for p in js)
        zipped = sum(len(gzip.compress(p.read_bytes(), 9)) for p in js)

    print(f"hello client compile, median of {ROUNDS}: {patched:.1f} ms "
          f"(unpatched filterId: {baseline:.1f} ms, ratio {baseline / patched:.2f}x faster)")
    print(f"pytk build (compile + dist/): {build_ms:.0f} ms")
    print(f"JavaScript: {len(js)} modules, {raw / 1024:.1f} KiB raw, {zipped / 1024:.1f} KiB gzip, as `pytk build` writes it")


if __name__ == "__main__":
    sys.exit(main())
