"""Parse every module reachable from the client entry, lower it and check its imports."""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pytk.compiler import lowering, semantics
from pytk.compiler.async_entry import await_top_level_runs
from pytk.compiler.block_classes import hoist_block_classes
from pytk.compiler.boundary import client_import_problem
from pytk.compiler.classes import lower_classes
from pytk.compiler.comparisons import lower_comparison_chains
from pytk.compiler.context_managers import lower_context_managers
from pytk.compiler.diagnostics import Diagnostic
from pytk.compiler.ellipsis import lower_ellipsis
from pytk.compiler.exception_context import lower_exception_context
from pytk.compiler.floats import box_float_literals
from pytk.compiler.generator_expressions import lower_generator_expressions
from pytk.compiler.functions import lower_functions
from pytk.compiler.match import lower_match
from pytk.compiler.names import check_names
from pytk.compiler.typed_classes import lower_typed_classes
from pytk.compiler.unpacking import lower_unpacking
from pytk.compiler.resolve import Resolver
from pytk.compiler.rpc_proxy import generate_proxies
from pytk.compiler.split_points import split_point_imports


@dataclass
class SourceModule:
    """A Python module of the client program, parsed and lowered, ready for the generator."""

    name: str
    path: Path
    tree: ast.Module
    imports: list[str] = field(default_factory=list)


@dataclass
class ModuleGraph:
    """The client program: its modules by name, and every problem found on the way."""

    modules: dict[str, SourceModule] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def parse_module(source: str, path: Path) -> tuple[ast.Module | None, list[Diagnostic]]:
    """Parse source; a syntax error becomes a diagnostic at its line and column."""
    try:
        return ast.parse(source, filename=str(path)), []
    except SyntaxError as error:
        message = error.msg or "invalid syntax"
        return None, [Diagnostic(path, error.lineno or 1, error.offset or 1, "PTK001", f"syntax error: {message}")]


def prepare_module(name: str, path: Path, source: str, app: str) -> tuple[ast.Module | None, list[Diagnostic]]:
    """Parse and lower one module as client code."""
    tree, problems = parse_module(source, path)
    if tree is None:
        return None, problems
    problems += check_names(tree, path, source)
    lowering.absolutize_imports(tree, name, path.name == "__init__.py")
    hoist_block_classes(tree)
    lower_context_managers(tree)
    lower_exception_context(tree)
    await_top_level_runs(tree)
    lower_comparison_chains(tree)
    lower_generator_expressions(tree)
    problems += lower_match(tree, path)
    problems += lower_unpacking(tree, path)
    if name.split(".")[0] == app:
        problems += generate_proxies(tree, name, path, is_shared=name.startswith(f"{app}.shared"))
    problems += lowering.lower_dataclasses(tree, path)
    lowering.drop_dataclass_imports(tree)
    lower_typed_classes(tree)
    lower_functions(tree)
    lower_classes(tree)
    lowering.lower_typing_imports(tree)
    semantics.lower_fstrings(tree)
    semantics.lower_operators(tree)
    lower_ellipsis(tree)
    box_float_literals(tree)
    semantics.hoist_defaults(tree)
    semantics.enable_python_semantics(tree)
    ast.fix_missing_locations(tree)
    return tree, problems


def imported_names(tree: ast.Module) -> list[tuple[str, ast.AST, list[str]]]:
    """Each import as ``(module, node, names imported from it)``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append((alias.name, alias, []))
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, node, [a.name for a in node.names if a.name != "*"]))
    return found


def build_graph(entry: str, resolver: Resolver, app: str, overrides: dict[Path, str] | None = None,
                prepare: Callable[[str, Path, str, str], tuple[ast.Module | None, list[Diagnostic]]] | None = None,
                ) -> ModuleGraph:
    """Walk the import graph from ``entry``. ``overrides`` maps paths to unsaved source text;
    ``prepare`` replaces :func:`prepare_module` (the language server checks without lowering
    for the generator)."""
    prepare = prepare or prepare_module
    graph = ModuleGraph()
    pending = [entry]
    while pending:
        name = pending.pop()
        if name in graph.modules:
            continue
        resolved = resolver.find(name)
        if resolved is None or resolved.origin == "runtime" or resolved.path.suffix != ".py":
            continue
        if overrides and resolved.path in overrides:  # an emptied buffer is "" and still overrides
            source = overrides[resolved.path]
        else:
            source = resolved.path.read_text(encoding="utf-8")
        tree, problems = prepare(name, resolved.path, source, app)
        graph.diagnostics += problems
        if tree is None:
            continue
        module = graph.modules[name] = SourceModule(name, resolved.path, tree)
        for target, node, names in imported_names(tree) + split_point_imports(tree):
            found = resolver.find(target)
            problem = client_import_problem(target, app, found.origin if found else None)
            if problem:
                graph.diagnostics.append(Diagnostic(resolved.path, node.lineno, node.col_offset + 1, *problem))
                continue
            module.imports.append(target)
            pending.append(target)
            for sub in names:  # `from pkg import mod` imports a module when one exists
                submodule = f"{target}.{sub}"
                sub_found = resolver.find(submodule)
                if sub_found and not client_import_problem(submodule, app, sub_found.origin):
                    module.imports.append(submodule)
                    pending.append(submodule)
                elif sub_found:
                    graph.diagnostics.append(Diagnostic(resolved.path, node.lineno, node.col_offset + 1,
                                                        *client_import_problem(submodule, app, sub_found.origin)))
    graph.diagnostics.sort(key=lambda d: (str(d.path), d.line, d.col))
    return graph
