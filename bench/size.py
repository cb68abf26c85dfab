"""Benchmark: how many bytes of JavaScript the browser downloads before an app starts.

Builds every sample app (samples/*/ with a [tool.pytk] table) and a minimal app whose client
only writes one line of text, three ways in the same run, and prints the initial download
(the entry and every file it imports statically) raw and gzipped (level 9):

* modules:   the code generator's output as it is, one file per module (what `pytk build`
             wrote before it bundled);
* no-bundle: `pytk build --no-bundle`, each module minified with tdewolff-minify;
* bundled:   `pytk build`, esbuild's tree-shaken, minified bundle.

Then the part of each bundle that is the code generator's runtime module, and the floor that
its start-up code sets: the runtime bundled on its own, with none of its exports used.
Run: .venv/bin/python bench/size.py
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from pytk.compiler import report as compile_report
from pytk.compiler.bundle import find_esbuild, run_esbuild
from pytk.compiler.dist import build_dist
from pytk.config import load_config
from pytk.scaffold import create_app

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MINIMAL = '''from pytk.widgets import Label, RootPanel


def main():
    RootPanel.get("app").add(Label("Hello, world"))
'''
RUNTIME = "org.transcrypt.__runtime__"


def apps(scratch: Path) -> list[Path]:
    found = []
    for sample in sorted(SAMPLES.iterdir()):
        pyproject = sample / "pyproject.toml"
        if pyproject.is_file() and "[tool.pytk]" in pyproject.read_text(encoding="utf-8"):
            copy = scratch / sample.name
            shutil.copytree(sample, copy, ignore=shutil.ignore_patterns(".pytk", "dist", "__pycache__"))
            found.append(copy)
    minimal = scratch / "minimal"
    create_app(minimal, "minimal", "Minimal")
    (minimal / "minimal" / "client" / "main.py").write_text(MINIMAL, encoding="utf-8")
    return [*found, minimal]


def kib(size: int) -> str:
    return f"{size / 1024:.1f}"


def measure(app: Path) -> dict:
    config = load_config(app)
    started = time.perf_counter()
    bundled = build_dist(config, app / "dist-bundled")
    bundled_ms = (time.perf_counter() - started) * 1000
    loose = build_dist(config, app / "dist-modules", bundle=False)
    # The code generator's own files, from the bundled build's work folder.
    client = config.work_dir / "dist-build" / "client"
    modules = compile_report.from_modules(config.name, client, "pytk_main.js", "", set())
    runtime = sum(size for name, size in _bundle_modules(config) if name == RUNTIME)
    return {
        "app": config.name, "ms": bundled_ms,
        "modules": (modules.initial_bytes, modules.initial_gzip, len(modules.initial_files)),
        "no-bundle": (loose.initial_bytes, loose.initial_gzip),
        "bundled": (bundled.initial_bytes, bundled.initial_gzip),
        "runtime": runtime,
    }


def _bundle_modules(config) -> list[tuple[str, int]]:
    """Each module's bytes in the bundle, from esbuild's metafile."""
    meta = json.loads((config.work_dir / "dist-build" / "meta.json").read_text(encoding="utf-8"))
    return [(Path(path).name[:-3], part["bytesInOutput"])
            for output in meta["outputs"].values() for path, part in output["inputs"].items()]


def runtime_floor(app: Path) -> tuple[int, int]:
    """The runtime module bundled alone, imported for its side effects only."""
    client = load_config(app).work_dir / "dist-build" / "client"
    (client / "runtime_only.js").write_text(f'import "./{RUNTIME}.js";\n', encoding="utf-8")
    run_esbuild(find_esbuild(), ["runtime_only.js", "--bundle", "--format=esm", "--minify",
                                 "--outfile=runtime_only.min.js", "--log-level=warning"], cwd=client)
    data = (client / "runtime_only.min.js").read_bytes()
    return len(data), compile_report.gzip_size(data)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        found = apps(Path(scratch))
        rows = [measure(app) for app in found]
        floor = runtime_floor(found[-1])
    print("Initial download of JavaScript, KiB raw / KiB gzip (level 9):")
    print(f"{'app':<10} {'modules (files)':>22} {'no-bundle':>16} {'bundled':>16} {'gzip ratio':>11} "
          f"{'runtime in bundle':>18} {'build ms':>9}")
    for row in rows:
        raw, zipped, count = row["modules"]
        nb_raw, nb_zip = row["no-bundle"]
        b_raw, b_zip = row["bundled"]
        print(f"{row['app']:<10} {kib(raw):>8} / {kib(zipped):>5} ({count:>2}) {kib(nb_raw):>8} / {kib(nb_zip):>5} "
              f"{kib(b_raw):>8} / {kib(b_zip):>5} {zipped / b_zip:>10.2f}x {kib(row['runtime']):>13} raw "
              f"{row['ms']:>8.0f}")
    print(f"runtime start-up code alone (no export used): {kib(floor[0])} KiB raw / {kib(floor[1])} KiB gzip")


if __name__ == "__main__":
    sys.exit(main())
