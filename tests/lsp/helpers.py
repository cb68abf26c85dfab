"""Helpers for the language server's tests: buffers in the client, waiting, positions."""
from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

from lsprotocol import types
from pytest_lsp import LanguageClient


def copy_app(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".pytk", "dist", "__pycache__"))
    return target.resolve()


class Buffers:
    """Open, edit and close documents in the client, keeping their versions."""

    def __init__(self, client: LanguageClient):
        self.client = client
        self.versions: dict[str, int] = {}

    def open(self, path: Path, text: str | None = None) -> str:
        uri = path.as_uri()
        self.versions[uri] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
            uri=uri, language_id="python", version=1,
            text=path.read_text(encoding="utf-8") if text is None else text)))
        return uri

    def change(self, uri: str, text: str) -> int:
        self.versions[uri] += 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        return self.versions[uri]

    def close(self, uri: str) -> None:
        self.versions.pop(uri, None)
        self.client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))

    def close_all(self) -> None:
        for uri in list(self.versions):
            self.close(uri)


async def wait_for_diagnostics(client: LanguageClient, uri: str, check, timeout: float = 15.0):
    """Wait until the diagnostics published for ``uri`` satisfy ``check``; return them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if uri in client.diagnostics and check(list(client.diagnostics[uri])):
            return list(client.diagnostics[uri])
        await asyncio.sleep(0.02)
    raise AssertionError(f"diagnostics for {uri} never matched; last: {client.diagnostics.get(uri)}")


def position_of(text: str, needle: str, offset: int = 0, occurrence: int = 0) -> types.Position:
    """The position of the ``occurrence``-th ``needle`` in ``text``, plus ``offset`` characters."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    index += offset
    line = text.count("\n", 0, index)
    return types.Position(line=line, character=index - (text.rfind("\n", 0, index) + 1))


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply text edits (ASCII text: characters are code units), last first."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        return sum(len(line) + 1 for line in lines[:position.line]) + position.character

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text
