"""Document symbols (an outline of one buffer) and workspace symbols (search across apps).

The outline comes from jedi's names, so it survives a syntax error mid-typing: classes, their
methods and attributes, functions and the functions nested in them, and module-level
variables. Imports, parameters and a function's local variables are left out. Workspace
symbols are the classes, functions and methods of every app's package, read with ``ast``
and kept per file while the file is unchanged.
"""
from __future__ import annotations

import ast
import os
from dataclasses import dataclass
from pathlib import Path

import jedi
from lsprotocol import types

from pytk.config import AppConfig
from pytk.lsp import services
from pytk.lsp.text import position
from pytk.lsp.workspace import SKIPPED_FOLDERS, path_to_uri

MAX_WORKSPACE_RESULTS = 200


def document_symbols(script: jedi.Script, lines: list[str], codec) -> list[types.DocumentSymbol]:
    top: list[types.DocumentSymbol] = []
    scopes: dict[tuple[int, int], tuple[types.DocumentSymbol, str]] = {}
    for name in script.get_names(all_scopes=True, definitions=True, references=False):
        if name.type not in ("class", "function", "statement") or name.line is None:
            continue
        start, end = name.get_definition_start_position(), name.get_definition_end_position()
        if start is None or end is None or _is_import(lines, start) or _is_attribute(lines, name):
            continue
        parent = name.parent()
        holder = scopes.get((parent.line, parent.column)) if parent is not None and parent.type != "module" else None
        if parent is not None and parent.type != "module" and holder is None:
            continue  # inside something that is not shown
        if name.type == "statement" and holder is not None and holder[1] != "class":
            continue  # a function's local variable
        kind = _kind(name, holder[1] if holder else "module")
        selection_start = position(codec, lines, name.line - 1, name.column)
        symbol = types.DocumentSymbol(
            name=name.name, kind=kind, detail=_detail(name),
            range=types.Range(start=position(codec, lines, start[0] - 1, start[1]),
                              end=position(codec, lines, end[0] - 1, end[1])),
            selection_range=types.Range(start=selection_start,
                                        end=position(codec, lines, name.line - 1, name.column + len(name.name))),
            children=[])
        if name.type in ("class", "function"):
            scopes[(name.line, name.column)] = (symbol, name.type)
        (holder[0].children if holder else top).append(symbol)
    return top


def _is_import(lines: list[str], start: tuple[int, int]) -> bool:
    text = lines[start[0] - 1][start[1]:] if 0 < start[0] <= len(lines) else ""
    return text.startswith(("from ", "import "))


def _is_attribute(lines: list[str], name) -> bool:
    text = lines[name.line - 1] if 0 < name.line <= len(lines) else ""
    return name.column > 0 and text[:name.column].rstrip().endswith(".")


def _kind(name, scope: str) -> types.SymbolKind:
    if name.type == "class":
        return types.SymbolKind.Class
    if name.type == "function":
        return types.SymbolKind.Method if scope == "class" else types.SymbolKind.Function
    if scope == "class":
        return types.SymbolKind.Field
    return types.SymbolKind.Constant if name.name.isupper() else types.SymbolKind.Variable


def _detail(name) -> str | None:
    if name.type == "function":
        try:
            signatures = name.get_signatures()
        except Exception:
            return None
        return signatures[0].to_string() if signatures else None
    return None


# -- workspace symbols ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Symbol:
    name: str
    kind: types.SymbolKind
    container: str | None
    line: int
    column: int


class SymbolIndex:
    """The classes, functions and methods of apps' packages, kept per unchanged file."""

    def __init__(self) -> None:
        self._files: dict[Path, tuple[tuple[float, int], list[_Symbol]]] = {}

    def search(self, query: str, configs: list[AppConfig], overrides: dict[Path, str],
               codec) -> list[types.WorkspaceSymbol]:
        query = query.lower()
        found = []
        for config in configs:
            for path in _python_files(config.package_dir):
                for symbol in self._symbols(path, overrides):
                    if _matches(query, symbol.name.lower()):
                        found.append(self._to_lsp(symbol, path))
                        if len(found) >= MAX_WORKSPACE_RESULTS:
                            return found
        return found

    def _symbols(self, path: Path, overrides: dict[Path, str]) -> list[_Symbol]:
        if path in overrides:
            return _collect(services.parse(overrides[path]))
        try:
            stat = path.stat()
        except OSError:
            return []
        stamp = (stat.st_mtime, stat.st_size)
        known = self._files.get(path)
        if known is None or known[0] != stamp:
            known = self._files[path] = (stamp, _collect(services.parse(services.read(path))))
        return known[1]

    @staticmethod
    def _to_lsp(symbol: _Symbol, path: Path) -> types.WorkspaceSymbol:
        # ast counts columns in UTF-8 bytes; the names found are identifiers on their own line,
        # exact for ASCII, which is what a client needs to land on them.
        point = types.Position(line=symbol.line - 1, character=symbol.column)
        return types.WorkspaceSymbol(
            name=symbol.name, kind=symbol.kind, container_name=symbol.container,
            location=types.Location(uri=path_to_uri(path), range=types.Range(start=point, end=point)))


def _collect(tree: ast.Module | None) -> list[_Symbol]:
    if tree is None:
        return []
    found = []

    def visit(body, container: str | None, in_class: bool) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef):
                found.append(_Symbol(node.name, types.SymbolKind.Class, container, node.lineno,
                                     node.col_offset + len("class ")))
                visit(node.body, node.name, True)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                keyword = "async def " if isinstance(node, ast.AsyncFunctionDef) else "def "
                kind = types.SymbolKind.Method if in_class else types.SymbolKind.Function
                found.append(_Symbol(node.name, kind, container, node.lineno, node.col_offset + len(keyword)))

    visit(tree.body, None, False)
    return found


def _matches(query: str, name: str) -> bool:
    """Whether the query's letters appear in the name in order (an empty query matches all)."""
    at = 0
    for char in query:
        at = name.find(char, at)
        if at < 0:
            return False
        at += 1
    return True


def _python_files(folder: Path):
    for current, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if f not in SKIPPED_FOLDERS and not f.startswith("."))
        for file in sorted(files):
            if file.endswith(".py"):
                yield Path(current, file)
