"""Hover, signature help, go to definition and references, from jedi.

Go to definition knows RPC: on a call of a Service method in client code
(``await GreetService().greet(name)``), jedi finds the interface's method in ``shared/``;
the server's implementations of that method (in ``server/``) are offered with it, first,
since that is the code that runs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import jedi
from lsprotocol import types

from pytk.lsp import services
from pytk.lsp.text import identifier_span, position
from pytk.lsp.workspace import Placement, path_to_uri

Lines = Callable[[Path], list[str]]  # a file's lines, from its open buffer or from disk


def hover(script: jedi.Script, line: int, column: int, line_text: str, codec,
          lines: list[str]) -> types.Hover | None:
    names = script.help(line, column)
    if not names:
        return None
    name = names[0]
    if name.type == "keyword":
        return None
    signatures = [s.to_string() for s in name.get_signatures()] if name.type in ("function", "class") else []
    header = "\n".join(signatures) or name.description or name.name
    if name.type == "class" and signatures:
        header = f"class {header}"
    parts = [f"```python\n{header}\n```"]
    docstring = name.docstring(raw=True)
    if docstring:
        parts.append(docstring)
    if name.full_name and name.type in ("function", "class", "module"):
        parts.append(f"`{name.full_name}`")
    start, end = identifier_span(line_text, column)
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n".join(parts)),
        range=types.Range(start=position(codec, lines, line - 1, start), end=position(codec, lines, line - 1, end)))


def signature_help(script: jedi.Script, line: int, column: int) -> types.SignatureHelp | None:
    signatures = script.get_signatures(line, column)
    if not signatures:
        return None
    found = []
    for signature in signatures:
        docstring = signature.docstring(raw=True)
        found.append(types.SignatureInformation(
            label=signature.to_string(),
            documentation=types.MarkupContent(kind=types.MarkupKind.PlainText, value=docstring) if docstring else None,
            parameters=[types.ParameterInformation(label=p.to_string()) for p in signature.params]))
    active = signatures[0].index
    return types.SignatureHelp(signatures=found, active_signature=0,
                               active_parameter=active if active is not None else None)


def _location(path: Path, line: int, column: int, length: int, lines_of: Lines, codec) -> types.Location:
    lines = lines_of(path)
    start = position(codec, lines, line - 1, column)
    end = position(codec, lines, line - 1, column + length)
    return types.Location(uri=path_to_uri(path), range=types.Range(start=start, end=end))


def _name_location(name, lines_of: Lines, codec) -> types.Location | None:
    if name.module_path is None or name.line is None or name.column is None:
        return None
    return _location(Path(name.module_path), name.line, name.column, len(name.name), lines_of, codec)


def definition(script: jedi.Script, line: int, column: int, placement: Placement | None,
               overrides: dict[Path, str], lines_of: Lines, codec) -> list[types.Location]:
    names = script.goto(line, column, follow_imports=True, follow_builtin_imports=False)
    found: list[types.Location] = []
    for name in names:
        if placement is not None:
            found += _implementations(name, placement, overrides, lines_of, codec)
        location = _name_location(name, lines_of, codec)
        if location is not None:
            found.append(location)
    return list({(l.uri, l.range.start.line, l.range.start.character): l for l in found}.values())


def _implementations(name, placement: Placement, overrides, lines_of: Lines, codec) -> list[types.Location]:
    """Where the server implements the Service method ``name`` (none if it is not one)."""
    if name.type != "function" or name.module_path is None:
        return []
    parent = name.parent()
    if parent is None or parent.type != "class":
        return []
    config = placement.config
    interface = services.shared_interface(config, Path(name.module_path).resolve(), parent.name, overrides)
    if interface is None:
        return []
    found = []
    for implementation in services.implementations(config, interface.name, overrides):
        method = implementation.method(name.name)
        if method is None:
            continue
        lines = lines_of(implementation.path)
        text = lines[method.lineno - 1] if method.lineno - 1 < len(lines) else ""
        column = text.find(name.name, method.col_offset)
        found.append(_location(implementation.path, method.lineno, max(column, 0), len(name.name), lines_of, codec))
    return found


def references(script: jedi.Script, line: int, column: int, include_declaration: bool,
               lines_of: Lines, codec) -> list[types.Location]:
    found = []
    for name in script.get_references(line, column, include_builtins=False, scope="project"):
        if not include_declaration and name.is_definition():
            continue
        location = _name_location(name, lines_of, codec)
        if location is not None:
            found.append(location)
    return found
