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

    def format(self, relative_to: Path | None = None) -> str:
        """Render as ``file:line:col: CODE message``."""
        path = self.path
        if relative_to is not None:
            try:
                path = self.path.resolve().relative_to(relative_to.resolve())
            except ValueError:
                pass
        return f"{path}:{self.line}:{self.col}: {self.code} {self.message}"

    def to_json(self) -> dict:
        return {"file": str(self.path), "line": self.line, "col": self.col,
                "code": self.code, "message": self.message}


class CompileFailed(Exception):
    """Compilation stopped with one or more diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics
