"""Completion, from jedi, with the compiler's boundary applied to imports in client code.

In client and shared modules, an import statement offers only modules that client code may
import (the rules of :mod:`pytk.compiler.boundary`): ``import o`` does not offer ``os``;
``from pytk.`` offers ``client``, ``rpc`` and ``widgets`` but not ``server``; ``from hello.``
offers the app's ``client`` and ``shared`` packages; ``from os import`` offers nothing, since
nothing in it reaches the browser. Elsewhere completion is jedi's, unfiltered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import jedi
from lsprotocol import types

from pytk.compiler.boundary import CLIENT_PYTK_PACKAGES, client_import_problem
from pytk.compiler.resolve import Resolver
from pytk.lsp.workspace import Placement

MAX_ITEMS = 500

KINDS = {
    "module": types.CompletionItemKind.Module,
    "namespace": types.CompletionItemKind.Module,
    "class": types.CompletionItemKind.Class,
    "instance": types.CompletionItemKind.Variable,
    "function": types.CompletionItemKind.Function,
    "param": types.CompletionItemKind.Variable,
    "path": types.CompletionItemKind.File,
    "keyword": types.CompletionItemKind.Keyword,
    "property": types.CompletionItemKind.Property,
    "statement": types.CompletionItemKind.Variable,
}

_FROM = re.compile(r"^\s*from\s+(?P<module>\.*[\w.]*)(?P<rest>\s+import\b.*)?$")
_IMPORT = re.compile(r"^\s*import\s+[\w.,\s]*$")


@dataclass(frozen=True)
class ImportContext:
    """What the cursor completes in an import statement: a module path, or the names
    imported from ``module``."""

    kind: str  # "module" | "name"
    module: str = ""


def import_context(before_cursor: str, placement: Placement | None) -> ImportContext | None:
    """Whether the text before the cursor (on its line) is inside an import statement."""
    match = _FROM.match(before_cursor)
    if match:
        if match.group("rest") is None:
            return ImportContext("module")
        return ImportContext("name", absolute(match.group("module"), placement))
    if _IMPORT.match(before_cursor):
        return ImportContext("module")
    return None


def absolute(module: str, placement: Placement | None) -> str:
    """A relative module name (``.models``) made absolute from the importing module."""
    dots = len(module) - len(module.lstrip("."))
    if not dots or placement is None or not placement.module:
        return module.lstrip(".")
    package = placement.module.split(".")
    if placement.path.name != "__init__.py":
        package = package[:-1]
    base = package[:len(package) - (dots - 1)] if dots > 1 else package
    rest = module[dots:]
    return ".".join([*base, rest]) if rest else ".".join(base)


class Boundary:
    """The compiler's boundary for one app, with the resolver's answers remembered."""

    def __init__(self, placement: Placement):
        self.app = placement.config.name
        self.resolver = Resolver(placement.config.root)
        self._answers: dict[str, bool] = {}

    def allows(self, name: str) -> bool:
        if name not in self._answers:
            found = self.resolver.find(name)
            self._answers[name] = client_import_problem(name, self.app, found.origin if found else None) is None
        return self._answers[name]

    def allows_path(self, name: str) -> bool:
        """Whether ``name`` may be imported, or is a package on the way to one that may
        (``pytk`` on the way to ``pytk.widgets``)."""
        return self.allows(name) or any(package.startswith(name + ".") for package in CLIENT_PYTK_PACKAGES)


def complete(script: jedi.Script, line: int, column: int, line_text: str,
             placement: Placement | None) -> list[types.CompletionItem]:
    """Completion items at a 1-based line and 0-based character column."""
    completions = script.complete(line, column)
    context = import_context(line_text[:column], placement) if placement and placement.client_side else None
    if context is not None:
        completions = _within_boundary(completions, context, Boundary(placement))
    items = []
    for index, completion in enumerate(completions[:MAX_ITEMS]):
        items.append(types.CompletionItem(
            label=completion.name,
            kind=KINDS.get(completion.type, types.CompletionItemKind.Text),
            detail=completion.description or None,
            sort_text=f"{'z' if completion.name.startswith('_') else 'a'}{index:05d}",
        ))
    return items


def _within_boundary(completions, context: ImportContext, boundary: Boundary) -> list:
    if context.kind == "name" and context.module and not boundary.allows(context.module):
        return []  # nothing from a module that client code cannot import is usable
    kept = []
    for completion in completions:
        if completion.type not in ("module", "namespace"):
            if context.kind == "name":
                kept.append(completion)
            continue  # keywords and the like have no place in a module path
        name = completion.full_name or _joined(context.module, completion.name)
        if context.kind == "module" and boundary.allows_path(name):
            kept.append(completion)
        elif context.kind == "name" and boundary.allows(name):
            kept.append(completion)
    return kept


def _joined(module: str, name: str) -> str:
    return f"{module}.{name}" if module else name
