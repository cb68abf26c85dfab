"""Await ``asyncio.run(...)`` at a module's top level.

A browser cannot block until a coroutine ends, but an ES module can ``await`` at its top
level, which holds the rest of the module (and its importers) until the coroutine is done:
exactly what ``asyncio.run`` means there. Calls inside functions are left alone.
"""
from __future__ import annotations

import ast


def _asyncio_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names bound to the module ``asyncio`` and to its function ``run`` by the module's imports."""
    modules, runs = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(a.asname or a.name for a in node.names if a.name == "asyncio")
        elif isinstance(node, ast.ImportFrom) and node.module == "asyncio":
            runs.update(a.asname or a.name for a in node.names if a.name == "run")
    return modules, runs


class _TopLevelRuns(ast.NodeTransformer):
    def __init__(self, modules: set[str], runs: set[str]) -> None:
        self.modules, self.runs = modules, runs

    def _skip(self, node: ast.AST) -> ast.AST:
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = _skip

    def visit_Call(self, node: ast.Call) -> ast.expr:
        self.generic_visit(node)
        function = node.func
        is_run = (isinstance(function, ast.Attribute) and function.attr == "run"
                  and isinstance(function.value, ast.Name) and function.value.id in self.modules) or (
            isinstance(function, ast.Name) and function.id in self.runs)
        return ast.copy_location(ast.Await(node), node) if is_run else node


def await_top_level_runs(tree: ast.Module) -> None:
    """Wrap every module-level ``asyncio.run(...)`` call in ``await``."""
    modules, runs = _asyncio_names(tree)
    if modules or runs:
        _TopLevelRuns(modules, runs).visit(tree)
