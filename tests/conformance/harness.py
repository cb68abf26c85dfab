"""Run conformance programs under CPython and, compiled, under node, and compare what they print.

Each program in ``programs/<area>/<name>.py`` is a small deterministic Python program that prints
its results. CPython's output is the expected output, produced afresh on every run (nothing is
stored). The program is then compiled, by pytk's front-end in-process or by plain Transcrypt in a
subprocess (the baseline), and the result is run with node. The outcome is one of:

``pass``
    both exit 0 and print the same thing, or both fail after printing the same thing, with the
    same exception class named on the last line of stderr;
``compile_error``
    the compiler refused the program (allowed by the contract: a loud refusal, not a wrong result);
``mismatch``
    the compiled program ran but printed something else, or failed differently (silent wrong output);
``crash``
    node exited non-zero (or timed out) where CPython did not.

An uncaught exception under node is reported by a small preload script (``node_uncaught.mjs``)
as ``ClassName: message`` on the last line of stderr, the way CPython ends a traceback; an error
raised by JavaScript itself is reported as ``JavaScript TypeError: ...``, which never matches a
Python class name.
"""
from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
PRELOAD = HERE / "node_uncaught.mjs"
NODE = shutil.which("node") or "/usr/bin/node"
TIMEOUT = 10.0
WORKERS = 2

PASS, COMPILE_ERROR, MISMATCH, CRASH = "pass", "compile_error", "mismatch", "crash"
OUTCOMES = (PASS, COMPILE_ERROR, MISMATCH, CRASH)
COMPILERS = ("pytk", "transcrypt")

_EXCEPTION_LINE = re.compile(r"^([A-Za-z_][\w.]*)(?::|$)")


# --- the corpus ----------------------------------------------------------------------------------

def discover(only: str | Iterable[str] | None = None) -> list[Path]:
    """Every program of the corpus, sorted by area then name; ``only`` keeps some areas."""
    areas = {only} if isinstance(only, str) else (set(only) if only else None)
    found = []
    for path in sorted(PROGRAMS.glob("*/*.py")):
        if areas is None or path.parent.name in areas:
            found.append(path)
    return found


KNOWN_FAILURES = HERE / "known_failures.txt"


def read_known_failures() -> dict[str, str]:
    """The programs pytk is known to get wrong today (``area/name`` -> why), from known_failures.txt."""
    known = {}
    if KNOWN_FAILURES.is_file():
        for line in KNOWN_FAILURES.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                program, _, reason = line.partition("  ")
                known[program.strip()] = reason.strip()
    return known


def write_known_failures(failures: dict[str, str]) -> None:
    lines = ["# Conformance programs that pytk compiles into code that behaves differently from CPython.",
             "# This is the compiler's to-do list, written by `bench/conformance.py --write-known-failures`;",
             "# the contract test fails when a listed program starts to conform (shorten the list) and when",
             "# a program not listed stops conforming (a regression).",
             *[f"{program}  {reason.splitlines()[0][:160] if reason else ''}" for program, reason in sorted(failures.items())]]
    KNOWN_FAILURES.write_text("\n".join(lines) + "\n", encoding="utf-8")


def program_id(path: Path) -> str:
    """``area/name`` of a program."""
    return f"{path.parent.name}/{path.stem}"


def area_of(program: str) -> str:
    return program.split("/", 1)[0]


# --- running things ------------------------------------------------------------------------------

@dataclass
class Run:
    """What one process did."""

    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    @property
    def exception(self) -> str | None:
        """The exception class named on the last line of stderr, if any."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        if not lines:
            return None
        match = _EXCEPTION_LINE.match(lines[-1])
        return match.group(1).rsplit(".", 1)[-1] if match else None

    @property
    def last_error_line(self) -> str:
        if self.timed_out:
            return f"timed out after {TIMEOUT:g} s"
        lines = [line.strip() for line in self.stderr.splitlines() if line.strip()]
        return lines[-1] if lines else f"exit status {self.returncode}"


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    try:
        result = subprocess.run(command, cwd=cwd, capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired as expired:
        return Run(-1, _text(expired.stdout), _text(expired.stderr), timed_out=True)
    return Run(result.returncode, _text(result.stdout), _text(result.stderr))


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="replace")


def _python_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8",
               PYTHONUTF8="1")
    return env


def run_cpython(path: Path) -> Run:
    """Run a program with this interpreter, from a scratch folder. Its output is the expectation."""
    with tempfile.TemporaryDirectory(prefix="conf-py-") as scratch:
        return _run([sys.executable, str(path.resolve())], Path(scratch), _python_env())


def run_node(script: Path) -> Run:
    """Run a compiled ES module with node, reporting uncaught exceptions CPython's way."""
    return _run([NODE, "--import", PRELOAD.as_uri(), str(script)], script.parent)


# --- compiling -----------------------------------------------------------------------------------

class CompileError(Exception):
    """A compiler refused a program; ``diagnostics`` are its messages, one per line."""

    def __init__(self, diagnostics: list[str]):
        super().__init__("\n".join(diagnostics))
        self.diagnostics = diagnostics


_compile_lock = threading.Lock()


def compile_pytk(path: Path, out_dir: Path) -> Path:
    """Compile with pytk's front-end, in-process; returns the script to run. Raises CompileError."""
    from pytk.compiler.build import compile_program
    from pytk.compiler.diagnostics import CompileFailed

    source = path.resolve()
    # The generator keeps global state and its first import changes the working folder briefly:
    # one compile at a time.
    with _compile_lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the generator's own modules trip invalid-escape warnings
        try:
            build = compile_program(source, out_dir.resolve(), source_maps=False)
        except CompileFailed as failed:
            raise CompileError([d.format(relative_to=source.parent) for d in failed.diagnostics]) from None
        except Exception as error:  # an internal error is still a refusal, not a wrong result
            raise CompileError([f"internal compiler error: {type(error).__name__}: {error}"]) from None
    return build.out_dir / build.entry_script


def compile_transcrypt(path: Path, out_dir: Path) -> Path:
    """Compile with plain Transcrypt (``-n -k -b``) in a subprocess; returns the script to run."""
    out_dir = out_dir.resolve()
    with tempfile.TemporaryDirectory(prefix="conf-tc-") as scratch:
        source = Path(scratch) / path.name
        shutil.copyfile(path, source)
        command = [sys.executable, "-m", "transcrypt", "-n", "-k", "-b", "-od", str(out_dir),
                   str(source.with_suffix(""))]
        result = _run(command, Path(scratch), _python_env())
        message = _transcrypt_message(result.stdout + "\n" + result.stderr, scratch)
    script = out_dir / f"{path.stem}.js"
    if result.timed_out:
        raise CompileError([f"compile timed out after {TIMEOUT:g} s"])
    if result.returncode != 0 or not script.is_file():
        raise CompileError([message])
    (out_dir / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return script


def _transcrypt_message(printed: str, scratch: str) -> str:
    """Transcrypt's error report on one line: its message first, then where it stopped."""
    lines = [" ".join(line.replace(scratch + "/", "").split()) for line in printed.splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if line.startswith("Error while compiling")), None)
    if start is None:
        return lines[-1] if lines else "no output module"
    places: list[str] = []
    messages: list[str] = []
    for line in lines[start:]:
        if line.startswith("Error while compiling") or line == "Aborted":
            continue
        target = places if line.startswith("File ") else messages
        if line not in target:
            target.append(line)
    message = "; ".join(messages) or "Transcrypt failed without a message"
    return f"{message} ({places[0].rstrip(':,')})" if places else message


COMPILE: dict[str, Callable[[Path, Path], Path]] = {"pytk": compile_pytk, "transcrypt": compile_transcrypt}


# --- outcomes ------------------------------------------------------------------------------------

@dataclass
class Outcome:
    """The result of one program under one compiler."""

    program: str
    compiler: str
    status: str
    reason: str = ""
    detail: str = ""
    seconds: float = 0.0
    diagnostics: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def first_difference(expected: str, actual: str) -> str:
    """A one-line description of where two outputs first differ."""
    want, got = expected.splitlines(), actual.splitlines()
    for number, (a, b) in enumerate(zip(want, got), start=1):
        if a != b:
            a, b = _around_difference(a, b)
            return f"line {number}: expected {a!r}, got {b!r}"
    if len(want) > len(got):
        return f"line {len(got) + 1}: expected {_clip(want[len(got)])!r}, got end of output"
    if len(got) > len(want):
        return f"line {len(want) + 1}: expected end of output, got {_clip(got[len(want)])!r}"
    return "outputs differ in whitespace at line ends"


def _around_difference(a: str, b: str, width: int = 70) -> tuple[str, str]:
    """Both lines, cut to a window that starts a little before their first differing character."""
    if len(a) <= width and len(b) <= width:
        return a, b
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    start = max(0, same - 20)
    prefix = "..." if start else ""
    return _clip(prefix + a[start:], width), _clip(prefix + b[start:], width)


def _clip(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def output_diff(expected: str, actual: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "CPython", "node", lineterm="")
    return "\n".join(lines)


def classify(program: str, compiler: str, expected: Run, actual: Run) -> Outcome:
    """Compare the compiled program's run with CPython's."""
    diff = output_diff(expected.stdout, actual.stdout)
    same_output = expected.stdout == actual.stdout
    if actual.timed_out or (not actual.ok and expected.ok):
        detail = f"node stderr:\n{_tail(actual.stderr)}" + (f"\n\nstdout so far:\n{diff}" if diff else "")
        return Outcome(program, compiler, CRASH, actual.last_error_line, detail)
    if expected.ok and actual.ok:
        if same_output:
            return Outcome(program, compiler, PASS)
        return Outcome(program, compiler, MISMATCH, first_difference(expected.stdout, actual.stdout), diff)
    if expected.ok == actual.ok:  # both failed
        if not same_output:
            return Outcome(program, compiler, MISMATCH, first_difference(expected.stdout, actual.stdout), diff)
        if expected.exception and expected.exception == actual.exception:
            return Outcome(program, compiler, PASS)
        reason = f"raised {actual.last_error_line!r}; CPython raised {expected.last_error_line!r}"
        return Outcome(program, compiler, MISMATCH, reason, f"node stderr:\n{_tail(actual.stderr)}")
    # CPython failed, node did not: the error was swallowed.
    reason = f"no error; CPython raised {expected.last_error_line!r}"
    return Outcome(program, compiler, MISMATCH, reason, diff)


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def check(path: Path, compiler: str = "pytk", expected: Run | None = None,
          work_dir: Path | None = None) -> Outcome:
    """Run one program under CPython (unless ``expected`` is given) and compiled under node."""
    started = time.perf_counter()
    program = program_id(path)
    if expected is None:
        expected = run_cpython(path)
    if expected.timed_out:
        raise RuntimeError(f"{program} does not finish under CPython in {TIMEOUT:g} s")
    with tempfile.TemporaryDirectory(prefix="conf-out-", dir=work_dir) as scratch:
        try:
            script = COMPILE[compiler](path, Path(scratch) / "out")
        except CompileError as error:
            outcome = Outcome(program, compiler, COMPILE_ERROR, error.diagnostics[0] if error.diagnostics else "",
                              "\n".join(error.diagnostics), diagnostics=error.diagnostics)
        else:
            outcome = classify(program, compiler, expected, run_node(script))
    outcome.seconds = time.perf_counter() - started
    return outcome


def check_pytk(path: Path, expected: Run | None = None) -> Outcome:
    return check(path, "pytk", expected)


def check_transcrypt(path: Path, expected: Run | None = None) -> Outcome:
    return check(path, "transcrypt", expected)


def run_corpus(paths: list[Path], compilers: Iterable[str] = ("pytk",), workers: int = WORKERS,
               progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Check every program with every compiler, ``workers`` at a time; CPython runs once per program.

    Outcomes come back in the order of ``paths`` then ``compilers``.
    """
    compilers = list(compilers)

    def one(path: Path) -> list[Outcome]:
        expected = run_cpython(path)
        results = []
        for compiler in compilers:
            outcome = check(path, compiler, expected)
            if progress is not None:
                progress(outcome)
            results.append(outcome)
        return results

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return [outcome for results in pool.map(one, paths) for outcome in results]
