"""Move classes defined inside module-level blocks into factory functions.

The generator exports a class defined at module level from wherever it stands, and an
``export`` inside an ``if``, ``try``, ``for``, ``while`` or ``with`` block is not JavaScript.
Such a class (``try: ... class Fallback: ...``) is defined instead by a function placed at the
top level just before the block, and the block calls it where the class stood::

    def _pytk_define_Fallback():
        class Fallback: ...
        return Fallback
    try:
        ...
    except ImportError:
        Fallback = _pytk_define_Fallback()

The class body still runs where and when CPython would run it, and the name it binds is a
module global as before.
"""
from __future__ import annotations

import ast
import itertools

from pytk.compiler.astutil import located_new, parameters

_BLOCKS = (ast.If, ast.Try, ast.TryStar, ast.For, ast.While, ast.With, ast.AsyncFor, ast.AsyncWith, ast.Match)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


class _BlockClasses(ast.NodeTransformer):
    def __init__(self, counter: itertools.count) -> None:
        self.counter = counter
        self.factories: list[ast.FunctionDef] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.stmt:
        name = f"_pytk_define_{node.name}_{next(self.counter)}"
        factory = ast.FunctionDef(name, parameters([]),
                                  [node, ast.Return(ast.Name(node.name, ast.Load()))], [], None)
        self.factories.append(located_new(factory, node))
        call = ast.Assign([ast.Name(node.name, ast.Store())], ast.Call(ast.Name(name, ast.Load()), [], []))
        return located_new(call, node)

    def _stop(self, node: ast.AST) -> ast.AST:
        return node  # a class inside a function is the function's own: left alone

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _stop


def hoist_block_classes(tree: ast.Module) -> None:
    """Rewrite the module's classes defined inside top-level blocks (see the module docstring)."""
    counter = itertools.count()
    body: list[ast.stmt] = []
    for statement in tree.body:
        if isinstance(statement, _BLOCKS):
            mover = _BlockClasses(counter)
            statement = mover.visit(statement)
            body += mover.factories
        body.append(statement)
    tree.body = body
