"""What pytk's commands print: progress, results and problems, through rich.

Everything goes to stderr (stdout stays free for machine-readable output such as
``pytk check --format json``). Colours and spinners appear only on a terminal; piped or
redirected output is plain text (and ``NO_COLOR`` turns colours off anywhere). Three levels:
``quiet`` prints problems only, ``normal`` adds progress and results, ``verbose`` adds details
such as each changed file.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from enum import IntEnum
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table


class Level(IntEnum):
    QUIET = 0
    NORMAL = 1
    VERBOSE = 2


class Terminal:
    """pytk's output on stderr at a level of detail."""

    def __init__(self, level: Level = Level.NORMAL, console: Console | None = None):
        self.level = level
        self.console = console or Console(stderr=True, highlight=False, soft_wrap=True)

    def _print(self, text: str, style: str | None = None) -> None:
        self.console.print(escape(text), style=style)

    def info(self, text: str, style: str | None = None) -> None:
        """Progress and results (not in quiet mode)."""
        if self.level >= Level.NORMAL:
            self._print(text, style)

    def success(self, text: str) -> None:
        self.info(text, "green")

    def detail(self, text: str) -> None:
        """Details for ``--verbose``."""
        if self.level >= Level.VERBOSE:
            self._print(text, "dim")

    def announce(self, text: str) -> None:
        """What must be seen at every level, such as the address a server listens on."""
        self._print(text, "bold")

    def problem(self, text: str) -> None:
        """Errors and warnings: always printed."""
        self._print(text, "red")

    @contextlib.contextmanager
    def status(self, text: str) -> Iterator[None]:
        """A spinner with ``text`` while the block runs (on a terminal, unless quiet)."""
        if self.level >= Level.NORMAL and self.console.is_terminal:
            with self.console.status(escape(text)):
                yield
        else:
            if self.level >= Level.VERBOSE:
                self._print(text, "dim")
            yield

    def table(self, title: str, columns: list[tuple[str, str]], rows: list[list[Any]],
              footer: list[Any] | None = None) -> None:
        """A table; ``columns`` are ``(heading, "left" | "right")``."""
        if self.level < Level.NORMAL:
            return
        table = Table(title=title, title_justify="left", show_footer=footer is not None, box=None,
                      header_style="bold", footer_style="bold", pad_edge=False)
        for index, (heading, justify) in enumerate(columns):
            table.add_column(heading, justify=justify,  # type: ignore[arg-type]
                             footer=str(footer[index]) if footer else "")
        for row in rows:
            table.add_row(*(escape(str(cell)) for cell in row))
        self.console.print(table)


def human_size(size: int) -> str:
    """``1234`` -> ``"1.2 KiB"``."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / 1024 / 1024:.2f} MiB"
