"""Compile diagnostics: one problem at a file, line and column, with a stable code."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Diagnostic:
    """A problem in a source file. ``line`` and ``col`` count from 1."""

    path: Path
    line: int
    col: int
    code: str
    message: str

    def display_path(self, relative_to: Path | None = None) -> str:
        """The file's path, relative to ``relative_to`` when it lies inside it."""
        if relative_to is not None:
            try:
                return str(self.path.resolve().relative_to(relative_to.resolve()))
            except ValueError:
                pass
        return str(self.path)

    def format(self, relative_to: Path | None = None) -> str:
        """Render as ``file:line:col: CODE message``."""
        return f"{self.display_path(relative_to)}:{self.line}:{self.col}: {self.code} {self.message}"

    def to_json(self, relative_to: Path | None = None) -> dict:
        return {"file": self.display_path(relative_to), "line": self.line, "col": self.col,
                "code": self.code, "message": self.message}


class CompileFailed(Exception):
    """Compilation stopped with one or more diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


def code_frame(diagnostic: Diagnostic, context: int = 1) -> str:
    """The source lines around a diagnostic, with a caret under its column."""
    try:
        lines = diagnostic.path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    if not 1 <= diagnostic.line <= len(lines):
        return ""
    first, last = max(diagnostic.line - context, 1), min(diagnostic.line + context, len(lines))
    width = len(str(last))
    frame = []
    for number in range(first, last + 1):
        marker = ">" if number == diagnostic.line else " "
        frame.append(f"{marker} {number:>{width}} | {lines[number - 1]}")
        if number == diagnostic.line:
            frame.append(f"  {' ' * width} | {' ' * (diagnostic.col - 1)}^")
    return "\n".join(frame)
