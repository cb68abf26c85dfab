"""Benchmark: compiling a ~7,000-line client, cold, warm, and after a one-module change.

Writes a synthetic client app into a temporary folder (60 modules: ``synth/shared/m00`` ..
``m14`` and ``synth/client/m15`` .. ``m58``, each importing from two or three lower-numbered
modules, a few with ``from x import *``, and ``synth/client/main.py`` importing them all; the
code is what apps hold: dataclasses, classes with methods, loops, f-strings), then measures in
the same run:

(a) Transcrypt's own command line, full build, in a subprocess (the baseline);
(b) pytk, full build with an empty cache, in a fresh process;
(c) pytk, full build with the cache on disk, in a fresh process;
(d) pytk, one module changed (a leaf module's function body), in a long-lived process with
    the cache in memory, as in ``pytk dev``: median of 20 compiles into fresh folders.

(c) and (d) are measured twice: with the stored files hard-linked into the output folder (the
default) and copied.

Run: .venv/bin/python bench/compile.py
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHANGES = 20
TARGET_FULL_S = 1.0
TARGET_CHANGE_MS = 30.0

# -- the synthetic app ----------------------------------------------------------------------------

APP = "synth"
MODULES = 59  # plus client/main.py: 60
SHARED = 15


def module_name(index: int) -> str:
    return f"{APP}.{'shared' if index < SHARED else 'client'}.m{index:02d}"


def module_path(root: Path, index: int) -> Path:
    return root.joinpath(*module_name(index).split(".")).with_suffix(".py")


def dependencies(index: int) -> list[int]:
    return sorted({d for d in (index - 1, index // 2, index // 3) if 0 <= d < index})


def star_imported(index: int) -> bool:
    return index % 10 == 5


def module_source(index: int, variant: int = 0) -> str:
    """The text of module ``index``; ``variant`` changes one function body (not the names)."""
    n = f"{index:02d}"
    imports, uses = [], []
    for dep in dependencies(index):
        d = f"{dep:02d}"
        if star_imported(index) and dep == index - 1:
            imports.append(f"from {module_name(dep)} import *")
        else:
            imports.append(f"from {module_name(dep)} import Record{d}, Store{d}, summarize{d}, run{d}")
        uses.append(d)
    dep_calls = "\n".join(
        f"    store.add(Record{n}({i + 1}, \"from {d}\", summarize{d}([Record{d}({i}, \"x\", 1.5)]) / 10))\n"
        f"    notes.append(run{d}()[:20])"
        for i, d in enumerate(uses))
    bump = f"        total += {variant}\n" if variant else ""
    return f'''"""Synthetic module {n}: records, a store and helpers."""
from dataclasses import dataclass, field

{chr(10).join(imports)}

LIMIT_{n} = {10 + index}
LABELS_{n} = ["alpha", "beta", "gamma", "delta", "omega{n}"]


@dataclass
class Record{n}:
    ident: int = 0
    label: str = ""
    score: float = 0.0
    tags: list = field(default_factory=list)

    def describe(self):
        return f"Record{n}(#{{self.ident}} {{self.label}}: {{self.score}})"

    def weight(self):
        total = self.score
        for tag in self.tags:
            total += len(tag)
{bump}        return total


@dataclass
class Summary{n}:
    count: int = 0
    best: str = ""
    mean: float = 0.0


class Store{n}:
    """Keeps records by id and reports on them."""

    def __init__(self, name="store{n}"):
        self.name = name
        self.items = {{}}
        self.history = []

    def add(self, record):
        if record.ident in self.items:
            self.history.append(f"replace {{record.ident}}")
        else:
            self.history.append(f"add {{record.ident}}")
        self.items[record.ident] = record
        return len(self.items)

    def find(self, ident):
        return self.items.get(ident)

    def ranked(self):
        records = list(self.items.values())
        records.sort(key=lambda record: record.weight(), reverse=True)
        return records

    def summary(self):
        records = self.ranked()
        if not records:
            return Summary{n}()
        total = 0.0
        for record in records:
            total += record.score
        return Summary{n}(len(records), records[0].label, total / len(records))

    def report(self):
        lines = [f"{{self.name}}: {{len(self.items)}} records"]
        for position, record in enumerate(self.ranked()):
            if position >= LIMIT_{n}:
                lines.append("...")
                break
            lines.append(f"  {{position + 1}}. {{record.describe()}}")
        return "\\n".join(lines)


def summarize{n}(records):
    counts = {{}}
    total = 0.0
    for record in records:
        counts[record.label] = counts.get(record.label, 0) + 1
        total += record.weight()
    return total + len(counts)


def parse{n}(text):
    records = []
    for number, line in enumerate(text.split("\\n")):
        parts = [part.strip() for part in line.split(",")]
        if len(parts) < 2 or not parts[0]:
            continue
        try:
            score = float(parts[1])
        except ValueError:
            score = 0.0
        records.append(Record{n}(number, parts[0], score, parts[2:]))
    return records


def run{n}():
    store = Store{n}()
    notes = []
    for i, label in enumerate(LABELS_{n}):
        store.add(Record{n}(i, label, i * 1.5, [label[:2]]))
{dep_calls if dep_calls else "    notes.append(str(len(LABELS_" + n + ")))"}
    parsed = parse{n}("a,1\\nb,2,x\\n,3\\nc,oops")
    for record in parsed:
        store.add(record)
    summary = store.summary()
    return f"{{store.report()}} | {{summary.count}} {{summary.best}} | {{summary.mean > LIMIT_{n}}} | {{len(notes)}}"
'''


def main_source() -> str:
    lines = ['"""The synthetic client\'s entry: runs every module."""']
    lines += [f"from {module_name(i)} import run{i:02d}" for i in range(MODULES)]
    lines += ["", "", "def main():", "    results = []"]
    lines += [f"    results.append(run{i:02d}())" for i in range(MODULES)]
    lines += ["    for result in results:", "        print(result.split(\"\\n\")[0])", ""]
    return "\n".join(lines)


def write_app(root: Path) -> Path:
    """Write the app under ``root`` (created); return ``root``."""
    files = {
        "pyproject.toml": f'[project]\nname = "{APP}"\n\n[tool.pytk]\napp = "{APP}"\n',
        f"{APP}/__init__.py": "",
        f"{APP}/client/__init__.py": "",
        f"{APP}/shared/__init__.py": "",
        f"{APP}/client/main.py": main_source(),
        "run.py": f"from {APP}.client.main import main\nmain()\n",
    }
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for index in range(MODULES):
        path = module_path(root, index)
        path.write_text(module_source(index), encoding="utf-8")
    return root


def line_count(root: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in root.joinpath(APP).rglob("*.py"))


# -- measuring -----------------------------------------------------------------------------------

def run_process(command: list[str], cwd: Path) -> tuple[float, str]:
    """Run ``command``; return its wall time in seconds and its stdout."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed, result.stdout


def child(app: Path, out: Path, link: bool) -> None:
    """In a fresh process: one full pytk build of the app; print the in-process figures."""
    started = time.perf_counter()
    from pytk.compiler.build import compile_client
    from pytk.compiler.cache import CompileCache
    from pytk.config import load_config

    imported = time.perf_counter()
    config = load_config(app)
    build = compile_client(config, out, cache=CompileCache(config.work_dir / "cache", link=link))
    done = time.perf_counter()
    print(json.dumps({"import_s": imported - started, "compile_s": done - imported,
                      "modules": len(build.modules), "regenerated": build.regenerated}))


def pytk_full_build(app: Path, out: Path, link: bool = True, warm: bool = False) -> tuple[float, dict]:
    """A full build in a fresh process. ``warm``: expect every module from the cache, and build
    again (up to twice) when the compiler's own files changed since the cache was filled, as
    they do while someone edits pytk."""
    command = [sys.executable, __file__, "--child", str(app), str(out), "link" if link else "copy"]
    for _attempt in range(3):
        shutil.rmtree(out, ignore_errors=True)
        wall, stdout = run_process(command, app)
        figures = json.loads(stdout.strip().splitlines()[-1])
        if not warm or figures["regenerated"] == 0:
            break
    return wall, figures


def one_module_changes(app: Path, scratch: Path, link: bool = True,
                       first_variant: int = 1) -> tuple[list[float], list[int]]:
    """Compile twice to fill the memory cache, then change a leaf module's function body
    ``CHANGES`` times, compiling into a fresh folder after each (as the dev server does)."""
    from pytk.compiler.build import compile_client
    from pytk.compiler.cache import CompileCache
    from pytk.config import load_config

    config = load_config(app)
    cache = CompileCache(config.work_dir / "cache", link=link)
    for warm_up in range(2):
        compile_client(config, scratch / f"warm-{link}-{warm_up}", cache=cache)
    times, regenerated = [], []
    leaf = module_path(app, 0)
    for change in range(first_variant, first_variant + CHANGES):
        leaf.write_text(module_source(0, variant=change), encoding="utf-8")
        out = scratch / f"build-{change}"
        started = time.perf_counter()
        build = compile_client(config, out, cache=cache)
        times.append((time.perf_counter() - started) * 1000)
        regenerated.append(build.regenerated)
        shutil.rmtree(out)
    leaf.write_text(module_source(0), encoding="utf-8")
    return times, regenerated


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        app = write_app(scratch / APP)
        lines = line_count(app)

        baseline, _ = run_process([sys.executable, "-m", "transcrypt", "-n", "-k", "-b", "-od",
                                   str(scratch / "cli-out"), "run.py"], app)
        cold_wall, cold = pytk_full_build(app, scratch / "cold-out")
        warm_wall, warm = pytk_full_build(app, scratch / "warm-out", warm=True)
        copy_wall, copied = pytk_full_build(app, scratch / "copy-out", link=False, warm=True)
        changes, regenerated = one_module_changes(app, scratch)
        copy_changes, _ = one_module_changes(app, scratch, link=False, first_variant=CHANGES + 1)

    change_ms = statistics.median(changes)
    print(f"synthetic client: {MODULES + 1} modules, {lines} lines (Python 3.11, Transcrypt 3.9.5)")
    print(f"(a) Transcrypt CLI, full build, subprocess:         {baseline:6.2f} s  (baseline)")
    print(f"(b) pytk full build, empty cache, fresh process:    {cold_wall:6.2f} s  "
          f"({baseline / cold_wall:.2f}x faster; compile {cold['compile_s']:.2f} s + imports {cold['import_s']:.2f} s; "
          f"{cold['regenerated']} of {cold['modules']} modules generated)")
    print(f"(c) pytk full build, cache on disk, fresh process:  {warm_wall:6.2f} s  "
          f"({baseline / warm_wall:.2f}x faster; compile {warm['compile_s']:.2f} s + imports {warm['import_s']:.2f} s; "
          f"{warm['regenerated']} of {warm['modules']} modules generated)")
    print(f"    the same, stored files copied, not linked:      {copy_wall:6.2f} s  "
          f"(compile {copied['compile_s']:.2f} s; {copied['regenerated']} generated)")
    print(f"(d) one module changed, cache in memory, median of {CHANGES}: {change_ms:6.1f} ms  "
          f"({baseline * 1000 / change_ms:.0f}x faster; min {min(changes):.1f}, max {max(changes):.1f}; "
          f"modules regenerated per compile: {sorted(set(regenerated))})")
    print(f"    the same, stored files copied, not linked:      {statistics.median(copy_changes):6.1f} ms")
    print(f"targets: full build <= {TARGET_FULL_S} s: cold {'met' if cold_wall <= TARGET_FULL_S else 'missed'}, "
          f"warm {'met' if warm_wall <= TARGET_FULL_S else 'missed'}; one module changed <= {TARGET_CHANGE_MS:.0f} ms: "
          f"{'met' if change_ms <= TARGET_CHANGE_MS else 'missed'}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]), link=sys.argv[4] == "link")
    else:
        main()
