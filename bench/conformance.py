"""Conformance: the corpus of small programs, run under CPython and, compiled, under node.

Compiles every program of tests/conformance/programs with pytk (in-process) and, in the same
run, with plain Transcrypt 3.9.5 (the baseline), runs both under node and compares with
CPython's output. Prints, per area and in total, how many programs pass, are refused at compile
time, print something else (mismatch) or fail at run time (crash), the pass rate of each
compiler, and every program that does not pass with a one-line reason.

Run: .venv/bin/python bench/conformance.py [--only AREA] [--compiler pytk|transcrypt] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.conformance import harness  # noqa: E402
from tests.conformance.harness import COMPILE_ERROR, CRASH, MISMATCH, OUTCOMES, PASS  # noqa: E402

NAMES = {"pytk": "pytk", "transcrypt": "plain Transcrypt"}
SHORT = {PASS: "pass", COMPILE_ERROR: "c-err", MISMATCH: "mism", CRASH: "crash"}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="AREA",
                        help="run only this area (a folder of programs); may be repeated")
    parser.add_argument("--compiler", action="append", choices=harness.COMPILERS,
                        help="run only this compiler (default: both)")
    parser.add_argument("--json", metavar="FILE", type=Path, help="write every result to FILE as JSON")
    parser.add_argument("--write-known-failures", action="store_true",
                        help="record pytk's mismatches and crashes in tests/conformance/known_failures.txt")
    parser.add_argument("--workers", type=int, default=harness.WORKERS, help="programs run at a time")
    return parser.parse_args(argv)


def summarize(outcomes: list[harness.Outcome], compilers: list[str]) -> dict:
    """Counts per compiler, per area and outcome, and pass rates."""
    areas = sorted({harness.area_of(o.program) for o in outcomes})
    summary: dict = {"areas": {}, "total": {}}
    for compiler in compilers:
        mine = [o for o in outcomes if o.compiler == compiler]
        total = Counter(o.status for o in mine)
        summary["total"][compiler] = {
            **{k: total[k] for k in OUTCOMES},
            "programs": len(mine),
            "pass_rate": total[PASS] / len(mine) if mine else 0.0,
            "contract_rate": (total[PASS] + total[COMPILE_ERROR]) / len(mine) if mine else 0.0,
        }
        for area in areas:
            counts = Counter(o.status for o in mine if harness.area_of(o.program) == area)
            summary["areas"].setdefault(area, {})[compiler] = {k: counts[k] for k in OUTCOMES}
    return summary


def print_report(outcomes: list[harness.Outcome], compilers: list[str], summary: dict, seconds: float,
                 programs: int) -> None:
    names = " and ".join(NAMES[c] for c in compilers)
    print(f"Conformance: {programs} programs, {names}; {seconds:.1f} s")
    print()
    header = f"{'area':<12}{'progs':>6}"
    for compiler in compilers:
        header += f" | {NAMES[compiler]:^27}"
    print(header)
    sub = f"{'':<12}{'':>6}"
    for _ in compilers:
        sub += " | " + "".join(f"{SHORT[k]:>6}" for k in OUTCOMES) + "   "
    print(sub)
    print("-" * len(sub))

    def row(label: str, n: int, counts_by_compiler: dict) -> str:
        text = f"{label:<12}{n:>6}"
        for compiler in compilers:
            counts = counts_by_compiler[compiler]
            text += " | " + "".join(f"{counts[k]:>6}" for k in OUTCOMES) + "   "
        return text

    for area, by_compiler in summary["areas"].items():
        n = sum(by_compiler[compilers[0]].values())
        print(row(area, n, by_compiler))
    print("-" * len(sub))
    print(row("total", programs, summary["total"]))
    print()
    for compiler in compilers:
        total = summary["total"][compiler]
        print(f"{NAMES[compiler]:>17}: pass rate {total['pass_rate']:6.1%} ({total[PASS]}/{total['programs']}); "
              f"pass or compile error (the contract) {total['contract_rate']:6.1%}; "
              f"silent mismatches {total[MISMATCH]}, crashes {total[CRASH]}")
    for compiler in compilers:
        failing = [o for o in outcomes if o.compiler == compiler and o.status != PASS]
        print()
        print(f"Not passing under {NAMES[compiler]} ({len(failing)}):")
        for o in sorted(failing, key=lambda o: (OUTCOMES.index(o.status), o.program)):
            reason = o.reason.replace("\n", " ")
            print(f"  {o.status:<13} {o.program:<40} {reason[:150]}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    compilers = args.compiler or list(harness.COMPILERS)
    paths = harness.discover(args.only)
    if not paths:
        print(f"no programs found for {args.only}", file=sys.stderr)
        return 2
    done = 0

    def progress(_outcome: harness.Outcome) -> None:
        nonlocal done
        done += 1
        if done % 100 == 0:
            print(f"  {done}/{len(paths) * len(compilers)} runs", file=sys.stderr, flush=True)

    started = time.perf_counter()
    outcomes = harness.run_corpus(paths, compilers, workers=args.workers, progress=progress)
    seconds = time.perf_counter() - started
    summary = summarize(outcomes, compilers)
    print_report(outcomes, compilers, summary, seconds, len(paths))
    if args.json:
        args.json.write_text(json.dumps({
            "programs": len(paths),
            "compilers": compilers,
            "seconds": round(seconds, 2),
            "summary": summary,
            "results": [o.to_json() for o in outcomes],
        }, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    if args.write_known_failures:
        if args.only:
            print("--write-known-failures needs the whole corpus (no --only)", file=sys.stderr)
            return 2
        failing = sorted((o for o in outcomes if o.compiler == "pytk" and o.status in (MISMATCH, CRASH)),
                         key=lambda o: o.program)
        harness.write_known_failures({o.program: f"{o.status}: {o.reason}" for o in failing})
        print(f"\nrecorded {len(failing)} known failures in {harness.KNOWN_FAILURES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
