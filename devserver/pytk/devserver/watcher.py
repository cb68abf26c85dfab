"""Watch an app's files with watchdog and report changes in debounced batches.

Editors save in different ways (write in place, write a temp file and rename it over the
original, keep swap files); every event is reduced to the set of real paths touched, and a
burst of events becomes one batch once the app has been quiet for ``delay`` seconds.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Callable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

IGNORED_DIRS = {".pytk", "dist", "__pycache__", ".git", "node_modules", ".pytest_cache", ".venv"}
IGNORED_SUFFIXES = (".swp", ".swx", ".swo", "~", ".tmp", ".pyc")


def is_relevant(path: Path) -> bool:
    """Whether a change to ``path`` can affect the app (editor droppings and build output cannot)."""
    if IGNORED_DIRS.intersection(path.parts):
        return False
    name = path.name
    return not (name.endswith(IGNORED_SUFFIXES) or name.startswith(".#") or name == "4913")


class _Collector(FileSystemEventHandler):
    def __init__(self, report: Callable[[Path], None]):
        self.report = report

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory and event.event_type == "modified":
            return  # a folder's listing changed: the files' own events say what matters
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw:
                path = Path(raw if isinstance(raw, str) else raw.decode())
                if is_relevant(path):
                    self.report(path)


class Watcher:
    """Calls ``on_batch(paths)`` on the event loop after changes under ``root`` settle."""

    def __init__(self, root: Path, on_batch: Callable[[set[Path]], None], loop: asyncio.AbstractEventLoop,
                 delay: float = 0.02):
        self.root, self.on_batch, self.loop, self.delay = root, on_batch, loop, delay
        self.pending: set[Path] = set()
        self.timer: asyncio.TimerHandle | None = None
        self.observer = Observer()
        self.observer.schedule(_Collector(self._from_thread), str(root), recursive=True)

    def start(self) -> None:
        self.observer.start()

    def stop(self) -> None:
        self.observer.stop()
        self.observer.join(timeout=5)

    def _from_thread(self, path: Path) -> None:
        self.loop.call_soon_threadsafe(self._add, path)

    def _add(self, path: Path) -> None:
        self.pending.add(path)
        if self.timer is not None:
            self.timer.cancel()
        self.timer = self.loop.call_later(self.delay, self._flush)

    def _flush(self) -> None:
        batch, self.pending, self.timer = self.pending, set(), None
        self.on_batch(batch)
