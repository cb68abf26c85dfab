"""Quick fixes for the compiler's diagnostics, where the fix is mechanical.

| code | fix |
|---|---|
| ``PTK101``, ``PTK103`` | remove the import of the module client code may not use |
| ``PTK101``, ``PTK102`` | for a module found nowhere (misspelled), change its name to the closest one client code may import |
| ``PTK104`` | add the missing entry function to the entry module |
| ``PTK111`` | declare the service method ``async def`` |
| ``PTK201`` | remove a ``@dataclass`` option that client code does not support |
| ``PTK206`` | change an undefined name to the defined one the message suggests |

Each fix works from the diagnostic the editor sends back (its code, message and range) and the
buffer's text as it is now: a diagnostic that no longer matches the text gets no fix.
"""
from __future__ import annotations

import ast
import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types

from pytk.compiler.boundary import client_import_problem
from pytk.compiler.resolve import Resolver, client_stdlib_dir, pytk_roots, transcrypt_modules_dir
from pytk.lsp.diagnostics import SOURCE
from pytk.lsp.text import char_index_from_bytes, from_client, lines_of, position
from pytk.lsp.workspace import Placement

_QUOTED = re.compile(r"'([\w.]+)'")
_OPTION = re.compile(r"dataclass option '(\w+)'")
_ENTRY = re.compile(r"has no function '(\w+)'")
_UNDEFINED = re.compile(r"^name '(\w+)' is not defined; did you mean '(\w+)'\?$")
CLOSENESS = 0.75  # difflib's ratio a module name must reach to be offered


@dataclass
class _Buffer:
    uri: str
    source: str
    lines: list[str]
    tree: ast.Module
    codec: object
    placement: Placement

    def index(self, line: int, byte_offset: int) -> int:
        """The character index of a 0-based line's UTF-8 byte offset (an AST column)."""
        return char_index_from_bytes(self.lines[line], byte_offset) if line < len(self.lines) else 0

    def position(self, line: int, index: int) -> types.Position:
        return position(self.codec, self.lines, line, index)

    def node_range(self, node: ast.AST) -> types.Range:
        start_line, end_line = node.lineno - 1, node.end_lineno - 1
        return types.Range(start=self.position(start_line, self.index(start_line, node.col_offset)),
                           end=self.position(end_line, self.index(end_line, node.end_col_offset)))

    def edit(self, range_: types.Range, text: str) -> types.TextEdit:
        return types.TextEdit(range=range_, new_text=text)


def quick_fixes(placement: Placement, uri: str, source: str, diagnostics: list[types.Diagnostic], codec,
                version: int | None, document_changes: bool) -> list[types.CodeAction]:
    """The fixes for ``diagnostics`` (those pytk published) in the buffer ``source``."""
    ours = [d for d in diagnostics if d.source == SOURCE and isinstance(d.code, str)]
    if not ours:
        return []
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    buffer = _Buffer(uri, source, lines_of(source), tree, codec, placement)
    found = []
    for diagnostic in ours:
        for title, edits in _fixes_for(buffer, diagnostic):
            edit = (types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
                        text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                        edits=edits)])
                    if document_changes else types.WorkspaceEdit(changes={uri: edits}))
            found.append(types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix,
                                          diagnostics=[diagnostic], edit=edit))
    return found


def _fixes_for(buffer: _Buffer, diagnostic: types.Diagnostic) -> list[tuple[str, list[types.TextEdit]]]:
    line = diagnostic.range.start.line
    if not 0 <= line < len(buffer.lines):
        return []
    index = from_client(buffer.codec, buffer.lines[line], diagnostic.range.start.character)
    code = diagnostic.code
    if code in ("PTK101", "PTK102", "PTK103"):
        return _import_fixes(buffer, line, diagnostic.message)
    if code == "PTK111":
        return _async_fix(buffer, line, index)
    if code == "PTK201" and (option := _OPTION.search(diagnostic.message)):
        return _option_fix(buffer, line, index, option.group(1))
    if code == "PTK104" and (entry := _ENTRY.search(diagnostic.message)):
        return _entry_fix(buffer, entry.group(1))
    if code == "PTK206" and (undefined := _UNDEFINED.match(diagnostic.message)):
        return _rename_fix(buffer, line, index, *undefined.groups())
    return []


# -- imports ---------------------------------------------------------------------------------------

def _import_fixes(buffer: _Buffer, line: int, message: str) -> list:
    placement = buffer.placement
    if placement.module is None:
        return []
    resolver = Resolver(placement.config.root)
    for statement in ast.walk(buffer.tree):
        if not isinstance(statement, (ast.Import, ast.ImportFrom)) or statement.lineno - 1 != line:
            continue
        imported = _imported_modules(statement, placement)
        for module in _QUOTED.findall(message):
            if module in imported and _refused(module, placement, resolver):
                return _fixes_for_import(buffer, statement, module, imported[module])
    return []


def _refused(module: str, placement: Placement, resolver: Resolver) -> bool:
    found = resolver.find(module)
    return client_import_problem(module, placement.config.name, found.origin if found else None) is not None


def _fixes_for_import(buffer: _Buffer, statement: ast.Import | ast.ImportFrom, module: str,
                      written: str | None) -> list:
    fixes = []
    if written is not None and Resolver(buffer.placement.config.root).find(module) is None \
            and (closest := closest_module(module, buffer.placement)) is not None:
        fixes += _rename(buffer, statement, module, written, closest)
    removal = _remove_import(buffer, statement, module)
    if removal:
        fixes.append((f"Remove the import of '{module}'", removal))
    return fixes


def _imported_modules(statement: ast.Import | ast.ImportFrom, placement: Placement) -> dict[str, str | None]:
    """``{absolute module: its name as written, or None}`` for each module the statement imports."""
    if isinstance(statement, ast.Import):
        return {alias.name: alias.name for alias in statement.names}
    written = statement.module or ""
    if statement.level:
        package = placement.module if placement.path.name == "__init__.py" else placement.module.rpartition(".")[0]
        parts = package.split(".")
        base = parts[:len(parts) - (statement.level - 1)]
        absolute = ".".join([*base, written] if written else base)
    else:
        absolute = written
    found: dict[str, str | None] = {absolute: written or None}
    for alias in statement.names:
        if alias.name != "*":
            found.setdefault(f"{absolute}.{alias.name}", None)
    return found


def _remove_import(buffer: _Buffer, statement: ast.Import | ast.ImportFrom, module: str) -> list[types.TextEdit]:
    if isinstance(statement, ast.Import):
        kept = [alias for alias in statement.names if alias.name != module]
    else:
        source = next(iter(_imported_modules(statement, buffer.placement)))  # the module imported from
        kept = [] if module == source else [alias for alias in statement.names
                                            if f"{source}.{alias.name}" != module]
    if len(kept) == len(statement.names):
        return []
    if kept:
        replacement = type(statement)(**{**{f: getattr(statement, f) for f in statement._fields}, "names": kept})
        return [buffer.edit(buffer.node_range(statement), ast.unparse(replacement))]
    return [_remove_statement(buffer, statement)]


def _remove_statement(buffer: _Buffer, statement: ast.stmt) -> types.TextEdit:
    """Delete a statement: its lines when it has them to itself, else its text (``pass`` where
    a block would be left empty, or the line shared with other statements)."""
    first, last = statement.lineno - 1, statement.end_lineno - 1
    start = buffer.index(first, statement.col_offset)
    end = buffer.index(last, statement.end_col_offset)
    after = buffer.lines[last][end:].strip()
    alone = not buffer.lines[first][:start].strip() and (not after or after.startswith("#"))
    if _only_statement_of_block(buffer.tree, statement) or not alone:
        return buffer.edit(buffer.node_range(statement), "pass")
    return buffer.edit(types.Range(start=types.Position(line=first, character=0),
                                   end=types.Position(line=last + 1, character=0)), "")


def _only_statement_of_block(tree: ast.Module, statement: ast.stmt) -> bool:
    for node in ast.walk(tree):
        if node is tree:
            continue
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and block == [statement]:
                return True
    return False


def _rename(buffer: _Buffer, statement: ast.stmt, module: str, written: str, closest: str) -> list:
    prefix = module[:len(module) - len(written)]
    if not module.endswith(written) or not closest.startswith(prefix):
        return []
    new_written = closest[len(prefix):]
    pattern = re.compile(rf"(?<!\w){re.escape(written)}(?![\w.])")  # written in full: after a space or dots
    for line in range(statement.lineno - 1, statement.end_lineno):
        text = buffer.lines[line]
        begin = buffer.index(line, statement.col_offset) if line == statement.lineno - 1 else 0
        match = pattern.search(text, begin)
        if match:
            where = types.Range(start=buffer.position(line, match.start()), end=buffer.position(line, match.end()))
            return [(f"Change to '{closest}'", [buffer.edit(where, new_written)])]
    return []


def closest_module(name: str, placement: Placement) -> str | None:
    """The module client code of the app may import whose name is closest to ``name``: the
    first part that names nothing is replaced by the closest existing one."""
    resolver = Resolver(placement.config.root)
    parts = name.split(".")
    known = 0
    while known < len(parts) - 1 and (resolver.find(".".join(parts[:known + 1])) is not None
                                      or parts[known] in _children(resolver, parts[:known])):
        known += 1
    choices = _children(resolver, parts[:known])
    for choice in difflib.get_close_matches(parts[known], choices, n=3, cutoff=CLOSENESS):
        candidate = ".".join([*parts[:known], choice, *parts[known + 1:]])
        found = resolver.find(candidate)
        if found is not None and client_import_problem(candidate, placement.config.name, found.origin) is None:
            return candidate
    return None


def _children(resolver: Resolver, package: list[str]) -> list[str]:
    """The module and package names directly inside ``package`` (top level when empty)."""
    roots = [resolver.app_root, *pytk_roots(), client_stdlib_dir(), transcrypt_modules_dir()]
    names = set()
    for root in roots:
        folder = Path(root, *package)
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            stem, suffix = os.path.splitext(entry.name)
            if entry.is_dir() and entry.name.isidentifier():
                names.add(entry.name)
            elif suffix in (".py", ".js") and stem.isidentifier() and stem != "__init__":
                names.add(stem)
    return sorted(names)


# -- names ---------------------------------------------------------------------------------------

def _rename_fix(buffer: _Buffer, line: int, index: int, name: str, suggestion: str) -> list:
    """Replace the undefined name read at ``line``/``index`` (still there) by ``suggestion``."""
    for node in ast.walk(buffer.tree):
        if isinstance(node, ast.Name) and node.id == name and node.lineno - 1 == line \
                and buffer.index(line, node.col_offset) == index:
            return [(f"Change to '{suggestion}'", [buffer.edit(buffer.node_range(node), suggestion)])]
    return []


# -- services, dataclasses, the entry point --------------------------------------------------------

def _async_fix(buffer: _Buffer, line: int, index: int) -> list:
    for node in ast.walk(buffer.tree):
        if isinstance(node, ast.FunctionDef) and node.lineno - 1 == line \
                and buffer.index(line, node.col_offset) == index \
                and buffer.lines[line][index:].startswith("def"):
            at = buffer.position(line, index)
            return [(f"Declare '{node.name}' with 'async def'",
                     [buffer.edit(types.Range(start=at, end=at), "async ")])]
    return []


def _option_fix(buffer: _Buffer, line: int, index: int, option: str) -> list:
    for node in ast.walk(buffer.tree):
        if isinstance(node, ast.ClassDef):
            for decorator in node.decorator_list:
                if not isinstance(decorator, ast.Call):
                    continue
                for keyword in decorator.keywords:
                    if keyword.arg == option and keyword.lineno - 1 == line \
                            and buffer.index(line, keyword.col_offset) == index:
                        kept = [k for k in decorator.keywords if k is not keyword]
                        call = ast.Call(decorator.func, decorator.args, kept)
                        text = ast.unparse(call) if decorator.args or kept else ast.unparse(decorator.func)
                        return [(f"Remove the dataclass option '{option}'",
                                 [buffer.edit(buffer.node_range(decorator), text)])]
    return []


def _entry_fix(buffer: _Buffer, function: str) -> list:
    placement = buffer.placement
    if placement.module != placement.config.entry_module or function != placement.config.entry_function:
        return []
    if any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == function
           for node in buffer.tree.body):
        return []
    last = len(buffer.lines) - 1
    end = buffer.position(last, len(buffer.lines[last]))
    trailing = len(buffer.source) - len(buffer.source.rstrip("\n"))
    prefix = "\n" * max(0, 3 - trailing) if buffer.source.strip() else ""
    text = f'{prefix}def {function}():\n    """Called once when the page has loaded."""\n'
    return [(f"Add the entry function '{function}'", [buffer.edit(types.Range(start=end, end=end), text)])]
