"""The language server: which handler answers which request.

Every handler is guarded: an exception is logged (to stderr and to the client's log) and
the request gets an empty answer, so nothing a client sends, or a half-typed buffer, stops
the server. Buffers are read on the event loop's thread; the work is done on worker
threads (jedi's on one thread of its own, the compiler's on another), so diagnostics keep
flowing while a slow completion runs.
"""
from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from pytk.lsp import actions, completion, fixes, navigation
from pytk.lsp.diagnostics import DiagnosticsPublisher
from pytk.lsp.scripts import Scripts
from pytk.lsp.symbols import SymbolIndex, document_symbols
from pytk.lsp.text import from_client, lines_of
from pytk.lsp.workspace import Apps, Placement, uri_to_path

logger = logging.getLogger("pytk.lsp")

NAME = "pytk"


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("pytk")
    except Exception:
        return "0"


@dataclass
class Snapshot:
    """A document and a position in it, as they were when a request came in."""

    uri: str
    path: Path | None
    source: str
    lines: list[str]
    placement: Placement | None
    line: int  # from 0
    index: int  # character index in the line
    codec: object
    overrides: dict[Path, str] = field(default_factory=dict)

    @property
    def line_text(self) -> str:
        return self.lines[self.line] if self.line < len(self.lines) else ""

    def file_lines(self) -> Callable[[Path], list[str]]:
        """Lines of any file: an open buffer's, or the file's on disk (read once)."""
        read: dict[Path, list[str]] = {}

        def lines(path: Path) -> list[str]:
            path = path.resolve()
            if path not in read:
                if path in self.overrides:
                    read[path] = lines_of(self.overrides[path])
                else:
                    try:
                        read[path] = lines_of(path.read_text(encoding="utf-8"))
                    except (OSError, UnicodeDecodeError):
                        read[path] = []
            return read[path]

        return lines


class PytkLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(NAME, _version(), text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.apps = Apps()
        self.scripts = Scripts()
        self.publisher = DiagnosticsPublisher(self, self.apps)
        self.symbol_index = SymbolIndex()

    # -- reading documents, on the event loop's thread ----------------------------------------

    def source(self, uri: str) -> str | None:
        """The text of a document: the open buffer's, else the file's; None if there is none."""
        try:
            return self.workspace.get_text_document(uri).source
        except Exception:
            return None

    def overrides(self) -> dict[Path, str]:
        """The text of every open buffer that is a local file, by path."""
        found = {}
        for uri, document in list(self.workspace.text_documents.items()):
            path = uri_to_path(uri)
            if path is not None:
                try:
                    found[path] = document.source
                except Exception:
                    continue
        return found

    def versions(self) -> dict[Path, int]:
        found = {}
        for uri, document in list(self.workspace.text_documents.items()):
            path = uri_to_path(uri)
            if path is not None and document.version is not None:
                found[path] = document.version
        return found

    def snapshot(self, uri: str, position: types.Position | None = None) -> Snapshot | None:
        source = self.source(uri)
        if source is None:
            logger.info("no text for %s", uri)
            return None
        lines = lines_of(source)
        line, index = 0, 0
        codec = self.workspace.position_codec
        if position is not None:
            if not 0 <= position.line < len(lines):
                return None
            line = position.line
            index = from_client(codec, lines[line], position.character)
        return Snapshot(uri, uri_to_path(uri), source, lines, self.apps.locate(uri), line, index, codec,
                        self.overrides())

    async def in_jedi(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self.scripts.executor, function, *args)

    def script(self, snapshot: Snapshot):
        return self.scripts.script(snapshot.source, snapshot.path, snapshot.placement)

    def schedule_diagnostics(self, uri: str) -> None:
        placement = self.apps.locate(uri)
        if placement is not None:
            self.publisher.schedule(placement.config)

    def workspace_folders(self) -> list[Path]:
        folders = [uri_to_path(uri) for uri in self.workspace.folders]
        if self.workspace.root_uri:
            folders.append(uri_to_path(self.workspace.root_uri))
        return [folder for folder in folders if folder is not None]

    def close(self) -> None:
        self.publisher.close()
        self.scripts.close()


def guarded(default: Callable[[], object] = lambda: None):
    """Log a handler's exception and answer ``default()`` instead of failing."""
    def decorate(handler):
        @functools.wraps(handler)
        async def run(ls: PytkLanguageServer, params):
            try:
                result = handler(ls, params)
                if inspect.isawaitable(result):
                    result = await result
                return result
            except Exception as error:
                logger.exception("%s failed", handler.__name__)
                try:
                    ls.window_log_message(types.LogMessageParams(
                        type=types.MessageType.Error, message=f"pytk: {handler.__name__} failed: {error!r}"))
                except Exception:
                    pass
                return default()
        return run
    return decorate


def create_server() -> PytkLanguageServer:
    server = PytkLanguageServer()

    @server.feature(types.INITIALIZED)
    @guarded()
    def initialized(ls: PytkLanguageServer, params: types.InitializedParams):
        logger.info("pytk language server %s ready", ls.version)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    @guarded()
    def did_open(ls: PytkLanguageServer, params: types.DidOpenTextDocumentParams):
        ls.schedule_diagnostics(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    @guarded()
    def did_change(ls: PytkLanguageServer, params: types.DidChangeTextDocumentParams):
        ls.schedule_diagnostics(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    @guarded()
    def did_save(ls: PytkLanguageServer, params: types.DidSaveTextDocumentParams):
        ls.schedule_diagnostics(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    @guarded()
    def did_close(ls: PytkLanguageServer, params: types.DidCloseTextDocumentParams):
        ls.schedule_diagnostics(params.text_document.uri)  # the file on disk counts again

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    @guarded()
    def watched_files_changed(ls: PytkLanguageServer, params: types.DidChangeWatchedFilesParams):
        configs = {}
        for change in params.changes:  # files changed outside the editor: check their apps again
            placement = ls.apps.locate(change.uri)
            if placement is not None:
                configs[placement.config.root] = placement.config
        for config in configs.values():
            ls.publisher.schedule(config)

    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=["."]))
    @guarded(lambda: types.CompletionList(is_incomplete=False, items=[]))
    async def complete(ls: PytkLanguageServer, params: types.CompletionParams):
        snapshot = ls.snapshot(params.text_document.uri, params.position)
        items = []
        if snapshot is not None:
            def work():
                script = ls.script(snapshot)
                if script is None:
                    return []
                return completion.complete(script, snapshot.line + 1, snapshot.index, snapshot.line_text,
                                           snapshot.placement)
            items = await ls.in_jedi(work)
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded()
    async def hover(ls: PytkLanguageServer, params: types.HoverParams):
        snapshot = ls.snapshot(params.text_document.uri, params.position)
        if snapshot is None:
            return None

        def work():
            script = ls.script(snapshot)
            return script and navigation.hover(script, snapshot.line + 1, snapshot.index, snapshot.line_text,
                                               snapshot.codec, snapshot.lines)
        return await ls.in_jedi(work)

    @server.feature(types.TEXT_DOCUMENT_SIGNATURE_HELP,
                    types.SignatureHelpOptions(trigger_characters=["(", ","], retrigger_characters=[","]))
    @guarded()
    async def signature_help(ls: PytkLanguageServer, params: types.SignatureHelpParams):
        snapshot = ls.snapshot(params.text_document.uri, params.position)
        if snapshot is None:
            return None

        def work():
            script = ls.script(snapshot)
            return script and navigation.signature_help(script, snapshot.line + 1, snapshot.index)
        return await ls.in_jedi(work)

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    @guarded(list)
    async def definition(ls: PytkLanguageServer, params: types.DefinitionParams):
        snapshot = ls.snapshot(params.text_document.uri, params.position)
        if snapshot is None:
            return []

        def work():
            script = ls.script(snapshot)
            if script is None:
                return []
            return navigation.definition(script, snapshot.line + 1, snapshot.index, snapshot.placement,
                                         snapshot.overrides, snapshot.file_lines(), snapshot.codec)
        return await ls.in_jedi(work)

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    @guarded(list)
    async def references(ls: PytkLanguageServer, params: types.ReferenceParams):
        snapshot = ls.snapshot(params.text_document.uri, params.position)
        if snapshot is None:
            return []

        def work():
            script = ls.script(snapshot)
            if script is None:
                return []
            return navigation.references(script, snapshot.line + 1, snapshot.index,
                                         params.context.include_declaration, snapshot.file_lines(),
                                         snapshot.codec)
        return await ls.in_jedi(work)

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    @guarded(list)
    async def symbols(ls: PytkLanguageServer, params: types.DocumentSymbolParams):
        snapshot = ls.snapshot(params.text_document.uri)
        if snapshot is None:
            return []

        def work():
            script = ls.script(snapshot)
            return document_symbols(script, snapshot.lines, snapshot.codec) if script is not None else []
        return await ls.in_jedi(work)

    @server.feature(types.WORKSPACE_SYMBOL)
    @guarded(list)
    async def workspace_symbols(ls: PytkLanguageServer, params: types.WorkspaceSymbolParams):
        configs = {c.root: c for c in ls.apps.discover(ls.workspace_folders())}
        for uri in list(ls.workspace.text_documents):
            placement = ls.apps.locate(uri)
            if placement is not None:
                configs.setdefault(placement.config.root, placement.config)
        overrides, codec = ls.overrides(), ls.workspace.position_codec
        return await asyncio.get_running_loop().run_in_executor(
            None, ls.symbol_index.search, params.query, list(configs.values()), overrides, codec)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    @guarded(list)
    def code_action(ls: PytkLanguageServer, params: types.CodeActionParams):
        snapshot = ls.snapshot(params.text_document.uri)
        if snapshot is None or snapshot.placement is None:
            return []
        only = [getattr(kind, "value", kind) for kind in params.context.only or []]
        if only and not any(types.CodeActionKind.QuickFix.value.startswith(kind) for kind in only):
            return []
        versions = ls.versions()
        version = versions.get(snapshot.path) if snapshot.path is not None else None
        return fixes.quick_fixes(snapshot.placement, snapshot.uri, snapshot.source, params.context.diagnostics,
                                 snapshot.codec, version, _takes_document_changes(ls)) + actions.code_actions(
            snapshot.placement, snapshot.source, params.range, snapshot.overrides, _can_create_files(ls),
            versions)

    @server.feature(types.SHUTDOWN)
    @guarded()
    def shutdown(ls: PytkLanguageServer, params):
        ls.close()

    return server


def _takes_document_changes(ls: PytkLanguageServer) -> bool:
    try:
        return bool(ls.client_capabilities.workspace.workspace_edit.document_changes)
    except AttributeError:
        return False


def _can_create_files(ls: PytkLanguageServer) -> bool:
    try:
        edit = ls.client_capabilities.workspace.workspace_edit
        return bool(edit.document_changes) and types.ResourceOperationKind.Create in (edit.resource_operations or [])
    except AttributeError:
        return False


LOG_LEVELS = ("error", "warning", "info", "debug")


def run(log_level: str = "warning") -> None:
    """Serve the protocol over stdin and stdout until the client says exit."""
    logging.basicConfig(stream=sys.stderr, level=getattr(logging, log_level.upper(), logging.WARNING),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_level != "debug":  # pygls logs every message it sends at INFO
        logging.getLogger("pygls").setLevel(logging.WARNING)
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print() (the code generator's, say) must not corrupt the protocol
    server = create_server()
    try:
        server.start_io(sys.stdin.buffer, protocol_out)
    finally:
        server.close()
