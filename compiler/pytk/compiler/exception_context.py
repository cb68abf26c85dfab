"""Give raised exceptions CPython's ``__context__``, ``__cause__`` and ``__suppress_context__``.

An exception raised while a handler runs records the handled one as its ``__context__``;
``raise X from Y`` sets ``__cause__`` to ``Y`` and ``__suppress_context__`` to true. The
generator knows neither: every ``raise`` with a value inside an ``except`` block (not inside a
function defined there) becomes ``raise __pytk_chain__(X, handled)`` (the handler gets a name
when it has none), and ``raise X from Y`` becomes ``raise __pytk_cause__(X, Y, handled)``.
"""
from __future__ import annotations

import ast
import itertools

from pytk.compiler.astutil import located_new


class _ExceptionContext(ast.NodeTransformer):
    def __init__(self) -> None:
        self.handled: list[str | None] = [None]
        self.counter = itertools.count()

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> ast.ExceptHandler:
        if node.name is None and any(isinstance(n, ast.Raise) and n.exc is not None for n in ast.walk(node)):
            node.name = f"_pytk_handled_{next(self.counter)}"
            if node.type is None:  # the generator binds no name in a bare `except:`
                node.type = located_new(ast.Name("BaseException", ast.Load()), node)
        self.handled.append(node.name)
        self.generic_visit(node)
        self.handled.pop()
        return node

    def _outside_handlers(self, node: ast.AST) -> ast.AST:
        self.handled.append(None)
        self.generic_visit(node)
        self.handled.pop()
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = _outside_handlers

    def visit_Raise(self, node: ast.Raise) -> ast.Raise:
        if node.exc is None:
            return node
        handled = self.handled[-1]
        context: ast.expr = ast.Name(handled, ast.Load()) if handled else ast.Constant(None)
        if node.cause is not None:
            node.exc = ast.Call(ast.Name("__pytk_cause__", ast.Load()), [node.exc, node.cause, context], [])
            node.cause = None
        elif handled:
            node.exc = ast.Call(ast.Name("__pytk_chain__", ast.Load()), [node.exc, context], [])
        else:
            return node
        located_new(node.exc, node)
        return node


def lower_exception_context(tree: ast.Module) -> None:
    """Rewrite the module's ``raise`` statements as the module docstring describes."""
    _ExceptionContext().visit(tree)
