"""The compiler's diagnostics for unsaved buffers, published as you type.

Each edit in an app schedules an analysis of that app after a short quiet period
(:data:`DEBOUNCE_SECONDS`): the front-end's checks (:mod:`pytk.lsp.analysis`) run on a worker
thread with the text of every open buffer of the app in place of the file on disk (a buffer
whose file does not exist yet counts as that file), re-checking only the modules whose text
changed since the last analysis. Open client and shared modules that the entry point does not
reach are checked too.

The result is published per file: every open document of the app gets its list (empty when
all is well), and a file that had problems and no longer does gets an empty list. Requests
are numbered per app; a result is published only if no newer request was made meanwhile,
so an old analysis never overwrites a newer one, and a running analysis stops between two
passes as soon as a newer request comes in.
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from lsprotocol import types

from pytk.compiler.diagnostics import Diagnostic
from pytk.config import AppConfig
from pytk.lsp.analysis import AppAnalysis, Superseded
from pytk.lsp.text import char_index_from_bytes, lines_of, position, token_span
from pytk.lsp.workspace import Apps, path_to_uri

logger = logging.getLogger(__name__)

DEBOUNCE_SECONDS = 0.025
SOURCE = "pytk"
IMPORT_CODES = ("PTK101", "PTK102", "PTK103")
NAME_CODES = ("PTK206",)  # the range is the name alone, not the dotted expression it starts
_IMPORTED = re.compile(r"(?:from|import)\s+([\w.]+)")
_NAME = re.compile(r"\w+")


def to_lsp(diagnostic: Diagnostic, lines: list[str], codec) -> types.Diagnostic:
    """A pytk diagnostic (1-based line and column) as a protocol one (0-based), its range
    covering the token at the column: for an import, the statement up to the module's name; for
    an undefined name, that name."""
    line = min(max(diagnostic.line - 1, 0), max(len(lines) - 1, 0))
    text = lines[line] if lines else ""
    index = diagnostic.col - 1
    if diagnostic.code != "PTK001":  # columns of AST nodes count UTF-8 bytes
        index = char_index_from_bytes(text, index)
    start, end = token_span(text, index)
    if diagnostic.code in NAME_CODES and (name := _NAME.match(text, index)):
        start, end = index, name.end()
    if diagnostic.code in IMPORT_CODES and text[start:end] in ("from", "import"):
        imported = _IMPORTED.match(text, start)
        if imported:
            end = imported.end(1)
    return types.Diagnostic(
        range=types.Range(start=position(codec, lines, line, start), end=position(codec, lines, line, end)),
        message=diagnostic.message, severity=types.DiagnosticSeverity.Error, code=diagnostic.code,
        source=SOURCE)


def check_app(analysis: AppAnalysis, overrides: dict[Path, str], extra_modules: list[str],
              proceed: Callable[[], None]) -> list[Diagnostic]:
    """Every problem the front-end finds in the app (see :meth:`AppAnalysis.check`); an
    analysis that fails for another reason than :class:`Superseded` is run once more afresh,
    without what earlier runs kept."""
    try:
        return analysis.check(overrides, extra_modules, proceed)
    except Superseded:
        raise
    except Exception:
        logger.exception("analysis with kept modules failed; analysing afresh")
    analysis.reset()
    return analysis.check(overrides, extra_modules, proceed)


@dataclass
class _Open:
    uri: str
    source: str
    version: int | None
    module: str | None
    client_side: bool


class DiagnosticsPublisher:
    """Schedules analyses of apps and publishes their results (see the module's docstring)."""

    def __init__(self, server, apps: Apps, delay: float = DEBOUNCE_SECONDS) -> None:
        self.server = server
        self.apps = apps
        self.delay = delay
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pytk-analysis")
        self._configs: dict[Path, AppConfig] = {}
        self._timers: dict[Path, asyncio.TimerHandle] = {}
        self._requested: dict[Path, int] = {}
        self._published: dict[Path, int] = {}
        self._with_problems: dict[Path, set[str]] = {}
        self._analyses: dict[Path, AppAnalysis] = {}
        self._tasks: set[asyncio.Task] = set()

    def schedule(self, config: AppConfig, delay: float | None = None) -> None:
        """Analyse the app once no other request for it has come for ``delay`` seconds."""
        root = config.root
        self._configs[root] = config
        sequence = self._requested[root] = self._requested.get(root, 0) + 1
        timer = self._timers.pop(root, None)
        if timer is not None:
            timer.cancel()
        loop = asyncio.get_running_loop()
        self._timers[root] = loop.call_later(self.delay if delay is None else delay, self._start, root, sequence)

    def _start(self, root: Path, sequence: int) -> None:
        self._timers.pop(root, None)
        if sequence != self._requested.get(root):
            return
        task = asyncio.ensure_future(self._run(self._configs[root], sequence, self._open_documents(root)))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _open_documents(self, root: Path) -> dict[Path, _Open]:
        """The app's open documents, as they are now (taken on the event loop's thread)."""
        found = {}
        for uri, document in list(self.server.workspace.text_documents.items()):
            placement = self.apps.locate(uri)
            if placement is None or placement.config.root != root:
                continue
            try:
                source = document.source
            except Exception:  # a document whose text cannot be had is skipped
                continue
            found[placement.path] = _Open(document.uri, source, document.version, placement.module,
                                          placement.client_side)
        return found

    def _analysis(self, config: AppConfig) -> AppAnalysis:
        analysis = self._analyses.get(config.root)
        if analysis is None or analysis.config != config:  # new, or its settings changed
            analysis = self._analyses[config.root] = AppAnalysis(config)
        return analysis

    async def _run(self, config: AppConfig, sequence: int, documents: dict[Path, _Open]) -> None:
        root = config.root
        overrides = {path: opened.source for path, opened in documents.items() if path.suffix == ".py"}
        extra = [opened.module for opened in documents.values() if opened.client_side and opened.module]
        loop = asyncio.get_running_loop()
        started = time.perf_counter()

        def proceed() -> None:  # on the worker thread, between passes: is this still the newest?
            if self._requested.get(root) != sequence:
                raise Superseded

        try:
            found = await loop.run_in_executor(self.executor, check_app, self._analysis(config), overrides,
                                               extra, proceed)
        except Superseded:
            logger.debug("analysis %d of %s stopped after %.0f ms: a newer one is due", sequence, config.name,
                         (time.perf_counter() - started) * 1000)
            return
        except Exception:
            logger.exception("analysis of %s failed", root)
            return
        logger.info("analysis %d of %s: %d problems in %.0f ms", sequence, config.name, len(found),
                    (time.perf_counter() - started) * 1000)
        if sequence != self._requested.get(root) or sequence <= self._published.get(root, 0):
            logger.debug("dropped the result of analysis %d of %s: a newer one is due", sequence, root)
            return
        self._published[root] = sequence
        self.publish(root, found, documents)

    def publish(self, root: Path, found: list[Diagnostic], documents: dict[Path, _Open]) -> None:
        by_path: dict[Path, list[Diagnostic]] = {}
        for diagnostic in found:
            path = diagnostic.path.resolve()
            if path.is_relative_to(root):  # problems in pytk's own files are not the app's
                by_path.setdefault(path, []).append(diagnostic)
        codec = self.server.workspace.position_codec
        published: dict[str, types.PublishDiagnosticsParams] = {}
        for path in {*documents, *by_path}:
            opened = documents.get(path)
            problems = by_path.get(path, [])
            lines = lines_of(opened.source) if opened else _read_lines(path) if problems else []
            uri = opened.uri if opened else path_to_uri(path)
            published[uri] = types.PublishDiagnosticsParams(
                uri=uri, diagnostics=[to_lsp(d, lines, codec) for d in problems],
                version=opened.version if opened else None)
        for uri in self._with_problems.get(root, set()) - published.keys():
            published[uri] = types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        self._with_problems[root] = {uri for uri, params in published.items() if params.diagnostics}
        for params in published.values():
            self.server.text_document_publish_diagnostics(params)

    def close(self) -> None:
        for timer in self._timers.values():
            timer.cancel()
        self.executor.shutdown(wait=False, cancel_futures=True)


def _read_lines(path: Path) -> list[str]:
    try:
        return lines_of(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return []
