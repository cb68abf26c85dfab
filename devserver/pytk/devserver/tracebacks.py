"""Turn a JavaScript error from the browser into a Python traceback.

The browser reports an uncaught exception as its class name, message and JavaScript stack.
Each stack frame names a compiled module and a line; the module's source map gives the
Python line, and the Python source gives the line's text and the enclosing function. Frames
in Transcrypt's runtime and in code with no Python source are left out, as CPython leaves
out the interpreter's own C frames.

Transcrypt's source maps give an ``assert`` statement the line of the statement before it;
an AssertionError raised by ``assert`` is put back on the ``assert`` that follows.
"""
from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlparse

from pytk.devserver.sourcemap import LineMap

_V8_FRAME = re.compile(r"^\s*at (?:async )?(?:new )?(?:(?P<function>.+?) \()?"
                       r"(?P<url>[^\s()]+?):(?P<line>\d+):(?P<col>\d+)\)?\s*$")
_GECKO_FRAME = re.compile(r"^(?P<function>[^@]*)@(?P<url>.+?):(?P<line>\d+):(?P<col>\d+)\s*$")
HIDDEN_MODULE_PREFIXES = ("org.transcrypt.",)


@dataclass(frozen=True)
class JsFrame:
    """One frame of a JavaScript stack: the script's file name (no folder, no query) and line."""

    script: str
    line: int
    function: str = ""


@dataclass(frozen=True)
class PyFrame:
    """One frame of a Python traceback."""

    file: str
    line: int
    function: str
    text: str
    path: Path | None = field(default=None, compare=False, repr=False)  # the source file


@dataclass
class PythonTraceback:
    """An exception as CPython would print it."""

    exception: str
    message: str
    frames: list[PyFrame] = field(default_factory=list)

    def format(self) -> str:
        lines = ["Traceback (most recent call last):"] if self.frames else []
        for frame in self.frames:
            lines.append(f'  File "{frame.file}", line {frame.line}, in {frame.function}')
            if frame.text:
                lines.append(f"    {frame.text}")
        lines.append(f"{self.exception}: {self.message}" if self.message else self.exception)
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {"exception": self.exception, "message": self.message, "text": self.format(),
                "frames": [{"file": f.file, "line": f.line, "function": f.function, "text": f.text}
                           for f in self.frames]}


def parse_stack(stack: str) -> list[JsFrame]:
    """The frames of a V8 (Chromium, node) or Gecko stack, innermost first."""
    frames = []
    for raw in stack.splitlines():
        match = _V8_FRAME.match(raw) or _GECKO_FRAME.match(raw.strip())
        if match:
            script = urlparse(match["url"]).path.rsplit("/", 1)[-1]
            frames.append(JsFrame(script, int(match["line"]), (match["function"] or "").strip()))
    return frames


@dataclass(frozen=True)
class _Source:
    lines: list[str]
    functions: list[tuple[int, int, str]]  # (first line, last line, name)
    asserts: list[int]  # lines where assert statements start, in order


@functools.lru_cache(maxsize=256)
def _source(path: Path, mtime_ns: int) -> _Source:
    text = path.read_text(encoding="utf-8")
    functions, asserts = [], []
    try:
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                functions.append((node.lineno, node.end_lineno or node.lineno, node.name))
            elif isinstance(node, ast.Assert):
                asserts.append(node.lineno)
    except SyntaxError:
        pass
    return _Source(text.splitlines(), functions, sorted(asserts))


def _read(path: Path) -> _Source | None:
    try:
        return _source(path, path.stat().st_mtime_ns)
    except (OSError, UnicodeDecodeError):
        return None


def python_line(path: Path, line: int) -> tuple[str, str]:
    """The text of ``line`` in ``path`` and the name of the innermost function around it."""
    source = _read(path)
    if source is None:
        return "", "<module>"
    text = source.lines[line - 1].strip() if 1 <= line <= len(source.lines) else ""
    around = [span for span in source.functions if span[0] <= line <= span[1]]
    function = max(around, key=lambda span: span[0])[2] if around else "<module>"
    return text, function


def assert_after(path: Path, line: int) -> int | None:
    """The line of the first ``assert`` after ``line`` in the same function, unless ``line`` is one."""
    source = _read(path)
    if source is None or line in source.asserts:
        return None
    around = [span for span in source.functions if span[0] <= line <= span[1]]
    last = min((span[1] for span in around), default=len(source.lines))
    return next((found for found in source.asserts if line < found <= last), None)


class CompiledSources:
    """The compiled modules of one build: where each script's source map and Python file are."""

    def __init__(self, out_dir: Path, sources: dict[str, Path], relative_to: Path | None = None):
        self.out_dir = out_dir
        self.sources = sources  # script file name -> Python source file
        self.relative_to = relative_to
        self._maps: dict[str, LineMap | None] = {}

    @classmethod
    def from_modules(cls, out_dir: Path, modules: Iterable[Any], relative_to: Path | None = None) -> CompiledSources:
        """From the compiler's generated modules (objects with ``name``, ``source``, ``target``)."""
        return cls(out_dir, {Path(m.target).name: Path(m.source) for m in modules
                             if Path(m.source).suffix == ".py" and not m.name.startswith(HIDDEN_MODULE_PREFIXES)},
                   relative_to)

    def _map(self, script: str) -> LineMap | None:
        if script not in self._maps:
            path = self.out_dir / (script.removesuffix(".js") + ".map")
            try:
                self._maps[script] = LineMap.load(path)
            except (OSError, ValueError):
                self._maps[script] = None
        return self._maps[script]

    def display(self, path: Path) -> str:
        """The path to print: relative to the app, or to pytk's source root for pytk's modules."""
        from pytk.compiler.resolve import pytk_roots

        for root in [self.relative_to] if self.relative_to is not None else []:
            try:
                return path.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                pass
        for root in pytk_roots():
            try:
                return path.resolve().relative_to(root).as_posix()
            except ValueError:
                pass
        return str(path)

    def frame(self, js: JsFrame) -> PyFrame | None:
        """The Python frame of a JavaScript frame, or None for runtime and unknown code."""
        source = self.sources.get(js.script)
        line_map = self._map(js.script) if source else None
        found = line_map.lookup(js.line) if line_map else None
        if source is None or found is None:
            return None
        return self._at(source, found[1])

    def _at(self, source: Path, line: int) -> PyFrame:
        text, function = python_line(source, line)
        return PyFrame(self.display(source), line, function, text, source)

    def traceback(self, exception: str, message: str, stack: str) -> PythonTraceback:
        """A Python traceback (outermost call first) from a browser's error report."""
        frames = [frame for frame in map(self.frame, reversed(parse_stack(stack))) if frame is not None]
        if exception == "AssertionError" and frames and frames[-1].path is not None:
            line = assert_after(frames[-1].path, frames[-1].line)
            if line is not None:
                frames[-1] = self._at(frames[-1].path, line)
        return PythonTraceback(exception or "Error", message or "", frames)
