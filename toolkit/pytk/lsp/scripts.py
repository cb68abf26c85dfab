"""jedi, set up for pytk: one project per app, with the app and pytk's roots importable.

jedi is not thread-safe: the server makes every call from one worker thread
(:attr:`Scripts.executor`). Very large buffers are not given to jedi at all (it parses the
whole text on each request); the features that need it answer nothing for them.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jedi

from pytk.compiler.resolve import pytk_roots
from pytk.lsp.workspace import Placement

logger = logging.getLogger(__name__)

MAX_CHARACTERS = 1_000_000
MAX_LINES = 25_000


def too_large(source: str) -> bool:
    return len(source) > MAX_CHARACTERS or source.count("\n") > MAX_LINES


class Scripts:
    """Makes jedi Scripts for documents, reusing one jedi Project per app or folder."""

    def __init__(self) -> None:
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pytk-jedi")
        self._projects: dict[Path, jedi.Project] = {}
        self._environment = None

    def environment(self):
        """The running interpreter: pytk and the app's dependencies are installed in it."""
        if self._environment is None:
            self._environment = jedi.InterpreterEnvironment()
        return self._environment

    def project(self, path: Path | None, placement: Placement | None) -> jedi.Project:
        roots = [str(root) for root in pytk_roots()]
        if placement is not None:
            folder = placement.config.root
            added = [str(folder), *roots]
        else:
            folder = Path(jedi.get_default_project(path.parent if path else None).path)
            added = roots
        project = self._projects.get(folder)
        if project is None:
            project = self._projects[folder] = jedi.Project(folder, added_sys_path=added,
                                                            load_unsafe_extensions=False)
        return project

    def script(self, source: str, path: Path | None, placement: Placement | None) -> jedi.Script | None:
        """A jedi Script for the buffer, or None when it is too large to analyse as you type."""
        if too_large(source):
            logger.info("%s is too large for completion and navigation", path)
            return None
        return jedi.Script(source, path=str(path) if path else None,
                           project=self.project(path, placement), environment=self.environment())

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
