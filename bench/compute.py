"""Benchmark: speed of compiled code, against CPython and plain Transcrypt, in the same run.

Each workload in ``bench/compute/<name>.py`` is a standalone program that prints one checksum
line. For each workload this script

* compiles it with pytk (``compile_program``) and with plain Transcrypt
  (``python -m transcrypt -n -k -b -od OUT NAME`` from a scratch folder, no other flags);
* runs it under CPython, and both compiled versions under node, REPEAT times each
  (interleaved, so a slow moment of the machine does not fall on one runtime only);
* takes the median wall time of the whole process, minus the start-up time of that runtime:
  the median of an empty program (for node, compiled the same way, so loading the runtime
  module counts as start-up), run in between the workloads so that it sees the same load;
* compares each compiled program's output with CPython's.

Then it prints a table and the geometric means: speed-up of pytk over CPython (target: at
least 10x) and time of pytk relative to plain Transcrypt (target: at most 1.5x); then the same
table from CPU time (user + sys of each process), which a busy machine disturbs less. Plain
Transcrypt's disagreements are shown as such: they are its mistranslations.

Run: .venv/bin/python bench/compute.py [--only NAME] [--repeat N] [--json FILE]
The exit status is non-zero only if the driver itself fails, not for missed targets or
disagreeing outputs.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKLOADS_DIR = HERE / "compute"
ORDER = ["richards", "nbody", "spectral_norm", "strings", "dicts", "fannkuch"]
NODE = shutil.which("node") or "/usr/bin/node"
PYTHON = sys.executable
RUN_TIMEOUT_S = 120
TARGET_SPEEDUP = 10.0
TARGET_RATIO = 1.5
EMPTY = "empty"
RUNTIMES = ("cpython", "pytk", "transcrypt")


@dataclass
class Program:
    """One workload (or the empty program) as each runtime runs it."""

    name: str
    source: Path
    commands: dict[str, list[str] | None] = field(default_factory=dict)  # None: did not compile
    cwd: dict[str, Path] = field(default_factory=dict)
    compile_errors: dict[str, str] = field(default_factory=dict)
    times: dict[str, list[float]] = field(default_factory=lambda: {r: [] for r in RUNTIMES})
    cpu_times: dict[str, list[float]] = field(default_factory=lambda: {r: [] for r in RUNTIMES})
    outputs: dict[str, str | None] = field(default_factory=dict)  # None: crashed
    errors: dict[str, str] = field(default_factory=dict)


# -- compiling ------------------------------------------------------------------------------------

def compile_pytk(program: Program, scratch: Path) -> None:
    from pytk.compiler.build import compile_program
    from pytk.compiler.diagnostics import CompileFailed

    out = scratch / "pytk" / program.name
    try:
        build = compile_program(program.source, out)
    except CompileFailed as failed:
        program.commands["pytk"] = None
        program.compile_errors["pytk"] = "; ".join(str(d) for d in failed.diagnostics)[:300]
        return
    except Exception as error:  # a compiler under change may fail in other ways: report it
        program.commands["pytk"] = None
        program.compile_errors["pytk"] = f"{type(error).__name__}: {error}"[:300]
        return
    program.commands["pytk"] = [NODE, str(out / build.entry_script)]
    program.cwd["pytk"] = out


def compile_transcrypt(program: Program, scratch: Path) -> None:
    source_dir = scratch / "transcrypt-src" / program.name
    out = scratch / "transcrypt" / program.name
    source_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(program.source, source_dir / f"{program.name}.py")
    result = subprocess.run([PYTHON, "-m", "transcrypt", "-n", "-k", "-b", "-od", str(out), program.name],
                            cwd=source_dir, capture_output=True, text=True, timeout=RUN_TIMEOUT_S)
    entry = out / f"{program.name}.js"
    if result.returncode != 0 or not entry.is_file() or "Error while compiling" in result.stdout:
        program.commands["transcrypt"] = None
        lines = [line.strip() for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        program.compile_errors["transcrypt"] = " ".join(lines[-3:])[:300]
        return
    (out / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    program.commands["transcrypt"] = [NODE, str(entry)]
    program.cwd["transcrypt"] = out


def prepare(programs: list[Program], scratch: Path) -> None:
    for program in programs:
        program.commands["cpython"] = [PYTHON, str(program.source)]
        program.cwd["cpython"] = program.source.parent
        compile_pytk(program, scratch)
        compile_transcrypt(program, scratch)


# -- running --------------------------------------------------------------------------------------

def run_once(program: Program, runtime: str) -> None:
    command = program.commands.get(runtime)
    if command is None or program.outputs.get(runtime, "") is None:
        return  # did not compile, or crashed before: do not time it again
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    try:
        result = subprocess.run(command, cwd=program.cwd[runtime], capture_output=True, text=True,
                                timeout=RUN_TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        program.outputs[runtime] = None
        program.errors[runtime] = f"timed out after {RUN_TIMEOUT_S} s"
        return
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        program.outputs[runtime] = None
        lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
        error = next((line for line in lines if "Error" in line and not line.startswith("at ")), None)
        program.errors[runtime] = error or (lines[-1] if lines else f"exit status {result.returncode}")
        return
    program.times[runtime].append(elapsed)
    program.cpu_times[runtime].append(cpu)
    program.outputs[runtime] = result.stdout


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def net_time(program: Program, runtime: str, startup: dict[str, float], cpu: bool = False) -> float | None:
    """Median time of the runs, minus the runtime's start-up; None if it did not run."""
    if program.outputs.get(runtime) is None:
        return None
    value = median((program.cpu_times if cpu else program.times)[runtime])
    return None if value is None else max(value - startup.get(runtime, 0.0), 1e-3)


def agreement(program: Program, runtime: str) -> str:
    if program.commands.get(runtime) is None:
        return "does not compile"
    output = program.outputs.get(runtime)
    if output is None:
        return "crashes"
    expected = program.outputs.get("cpython")
    if expected is None:
        return "?"
    return "same" if output == expected else "DIFFERS"


def first_difference(expected: str, got: str) -> str:
    """Where two outputs first differ: the line, around the first differing character."""
    for want, have in zip(expected.splitlines(), got.splitlines()):
        if want != have:
            column = next((i for i, (a, b) in enumerate(zip(want, have)) if a != b), min(len(want), len(have)))
            start = max(column - 30, 0)
            return (f"from column {column + 1}: CPython {want[start:start + 80]!r}\n"
                    f"      {' ' * len(str(column + 1))}              got     {have[start:start + 80]!r}")
    return f"CPython printed {len(expected.splitlines())} lines, the compiled program {len(got.splitlines())}"


# -- reporting ------------------------------------------------------------------------------------

def geometric_mean(values: list[float]) -> float | None:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def factor(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def summarize(programs: list[Program], startup: dict[str, float], cpu_startup: dict[str, float]) -> dict:
    rows: list[dict] = []
    for program in programs:
        wall = {r: net_time(program, r, startup) for r in RUNTIMES}
        cpu = {r: net_time(program, r, cpu_startup, cpu=True) for r in RUNTIMES}
        rows.append({
            "workload": program.name,
            "cpython_s": wall["cpython"], "pytk_s": wall["pytk"], "transcrypt_s": wall["transcrypt"],
            **ratios(wall),
            "pytk_output": agreement(program, "pytk"),
            "transcrypt_output": agreement(program, "transcrypt"),
            "cpu_s": cpu,
            "cpu": ratios(cpu),
            "wall_times_s": {r: program.times[r] for r in RUNTIMES},
            "cpu_times_s": {r: program.cpu_times[r] for r in RUNTIMES},
            "errors": {**{f"compile {k}": v for k, v in program.compile_errors.items()}, **program.errors},
            "checksum": (program.outputs.get("cpython") or "").strip(),
        })
    cpu_rows: list[dict] = [row["cpu"] for row in rows]
    return {"rows": rows, **means(rows), "cpu": means(cpu_rows)}


def ratios(times: dict[str, float | None]) -> dict[str, float | None]:
    cpython, pytk, transcrypt = times["cpython"], times["pytk"], times["transcrypt"]
    return {
        "speedup_vs_cpython": cpython / pytk if cpython and pytk else None,
        "transcrypt_speedup_vs_cpython": cpython / transcrypt if cpython and transcrypt else None,
        "pytk_over_transcrypt": pytk / transcrypt if pytk and transcrypt else None,
    }


def means(rows: list[dict]) -> dict:
    speedups = [row["speedup_vs_cpython"] for row in rows if row["speedup_vs_cpython"]]
    transcrypt_speedups = [row["transcrypt_speedup_vs_cpython"] for row in rows if row["transcrypt_speedup_vs_cpython"]]
    pytk_over = [row["pytk_over_transcrypt"] for row in rows if row["pytk_over_transcrypt"]]
    return {
        "geomean_speedup_vs_cpython": geometric_mean(speedups),
        "geomean_transcrypt_speedup_vs_cpython": geometric_mean(transcrypt_speedups),
        "geomean_pytk_over_transcrypt": geometric_mean(pytk_over),
        "workloads_in_speedup": len(speedups),
        "workloads_in_ratio": len(pytk_over),
    }


def print_table(rows: list[dict], means_of: dict, kind: str) -> None:
    """One table: ``kind`` is "wall" (the rows' own figures) or "cpu" (their CPU-time figures)."""
    header = ["workload", "CPython s", "pytk s", "transcrypt s", "pytk vs CPython", "pytk / transcrypt",
              "pytk output", "transcrypt output"]
    table = [header]
    for row in rows:
        times = row["cpu_s"] if kind == "cpu" else {r: row[f"{r}_s"] for r in RUNTIMES}
        figures = row["cpu"] if kind == "cpu" else row
        table.append([row["workload"], seconds(times["cpython"]), seconds(times["pytk"]), seconds(times["transcrypt"]),
                      factor(figures["speedup_vs_cpython"]), factor(figures["pytk_over_transcrypt"]),
                      row["pytk_output"], row["transcrypt_output"]])
    table.append(["geometric mean", "", "", "", factor(means_of["geomean_speedup_vs_cpython"]),
                  factor(means_of["geomean_pytk_over_transcrypt"]), "", ""])
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for index, line in enumerate(table):
        print("  ".join(cell.ljust(widths[i]) if i == 0 or i >= 6 else cell.rjust(widths[i])
                        for i, cell in enumerate(line)).rstrip())
        if index == 0 or index == len(table) - 2:
            print("  ".join("-" * w for w in widths))


def print_report(programs: list[Program], startup: dict[str, float], cpu_startup: dict[str, float],
                 summary: dict, repeat: int) -> None:
    def ms(values: dict[str, float]) -> str:
        return (f"CPython {values['cpython'] * 1000:.0f} ms, pytk/node {values['pytk'] * 1000:.0f} ms, "
                f"transcrypt/node {values['transcrypt'] * 1000:.0f} ms")

    print(f"\nWall time, seconds: median of {repeat} runs minus the runtime's start-up "
          f"(median of the empty program: {ms(startup)})\n")
    print_table(summary["rows"], summary, "wall")
    speedup, ratio = summary["geomean_speedup_vs_cpython"], summary["geomean_pytk_over_transcrypt"]
    print()
    if speedup is not None:
        print(f"target >= {TARGET_SPEEDUP:.0f}x CPython (geometric mean of {summary['workloads_in_speedup']}): "
              f"{factor(speedup)}, {'met' if speedup >= TARGET_SPEEDUP else 'NOT met'}")
    if ratio is not None:
        print(f"target <= {TARGET_RATIO}x plain Transcrypt (geometric mean of {summary['workloads_in_ratio']}): "
              f"{factor(ratio)}, {'met' if ratio <= TARGET_RATIO else 'NOT met'}")
    if summary["geomean_transcrypt_speedup_vs_cpython"] is not None:
        print(f"for reference, plain Transcrypt vs CPython: {factor(summary['geomean_transcrypt_speedup_vs_cpython'])}")

    print(f"\nCPU time (user + sys of the process, less sensitive to a busy machine), seconds: median of "
          f"{repeat} runs minus the empty program's ({ms(cpu_startup)})\n")
    print_table(summary["rows"], summary["cpu"], "cpu")
    if summary["cpu"]["geomean_transcrypt_speedup_vs_cpython"] is not None:
        print(f"\nfor reference, plain Transcrypt vs CPython: "
              f"{factor(summary['cpu']['geomean_transcrypt_speedup_vs_cpython'])}")

    notes = []
    for program in programs:
        for runtime in ("pytk", "transcrypt"):
            if runtime in program.compile_errors:
                notes.append(f"  {program.name}, {runtime}: does not compile: {program.compile_errors[runtime]}")
            elif runtime in program.errors:
                notes.append(f"  {program.name}, {runtime}: {program.errors[runtime][:200]}")
            elif agreement(program, runtime) == "DIFFERS":
                notes.append(f"  {program.name}, {runtime} output differs:\n      "
                             + first_difference(program.outputs["cpython"] or "", program.outputs[runtime] or ""))
        if "cpython" in program.errors:
            notes.append(f"  {program.name}, CPython: {program.errors['cpython']}")
    if notes:
        print("\ndisagreements and failures:")
        print("\n".join(notes))


# -- main -----------------------------------------------------------------------------------------

def workload_sources(only: str | None) -> list[Path]:
    found = {path.stem: path for path in WORKLOADS_DIR.glob("*.py")}
    names = [n for n in ORDER if n in found] + sorted(n for n in found if n not in ORDER)
    if only is not None:
        if only not in found:
            raise SystemExit(f"no workload {only!r}; there are: {', '.join(names)}")
        names = [only]
    return [found[n] for n in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", metavar="NAME", help="run one workload")
    parser.add_argument("--repeat", type=int, default=3, help="runs per runtime and workload (default 3)")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="pytk-bench-compute-") as scratch_name:
        scratch = Path(scratch_name)
        empty_source = scratch / "src" / f"{EMPTY}.py"
        empty_source.parent.mkdir(parents=True)
        empty_source.write_text('"""An empty program: the start-up time of each runtime."""\n', encoding="utf-8")
        empty = Program(EMPTY, empty_source)
        programs = [Program(path.stem, path) for path in workload_sources(args.only)]
        print(f"compiling {len(programs)} workloads with pytk and plain Transcrypt ...", flush=True)
        prepare([empty, *programs], scratch)

        for _ in range(max(args.repeat, 3)):
            for runtime in RUNTIMES:
                run_once(empty, runtime)
        load_before = os.getloadavg()[0]

        for program in programs:
            print(f"running {program.name} ...", flush=True)
            for _ in range(args.repeat):
                for runtime in RUNTIMES:
                    run_once(program, runtime)
                    run_once(empty, runtime)  # start-up, under the same load as the workloads

        load_after = os.getloadavg()[0]
    startup = {runtime: median(empty.times[runtime]) or 0.0 for runtime in RUNTIMES}
    cpu_startup = {runtime: median(empty.cpu_times[runtime]) or 0.0 for runtime in RUNTIMES}
    summary = summarize(programs, startup, cpu_startup)
    print_report(programs, startup, cpu_startup, summary, args.repeat)
    total = time.perf_counter() - started
    print(f"\nwhole benchmark: {total:.0f} s; node {subprocess.run([NODE, '--version'], capture_output=True, text=True).stdout.strip()}, "
          f"Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"load average {load_before:.1f} before the runs and {load_after:.1f} after")
    if args.json:
        args.json.write_text(json.dumps({
            "startup_s": startup, "cpu_startup_s": cpu_startup, "repeat": args.repeat, "total_s": total,
            "node": subprocess.run([NODE, "--version"], capture_output=True, text=True).stdout.strip(),
            "python": platform.python_version(), "cores": os.cpu_count(),
            "load_average": [load_before, load_after],
            "targets": {"speedup_vs_cpython": TARGET_SPEEDUP, "pytk_over_transcrypt": TARGET_RATIO},
            **summary,
        }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
