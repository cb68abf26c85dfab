"""Refuse, at compile time, constructs the generator would turn into JavaScript that does not load.

* a class defined inside an ``if``/``try``/``for``/``while``/``with`` block at module level
  (PTK205): the generator exports it from inside the block.
"""
from __future__ import annotations

import ast
from pathlib import Path

from pytk.compiler.diagnostics import Diagnostic

_BLOCKS = (ast.If, ast.Try, ast.For, ast.While, ast.With, ast.AsyncFor, ast.AsyncWith, ast.Match)


def check_unsupported(tree: ast.Module, path: Path) -> list[Diagnostic]:
    """Diagnostics for the constructs listed in the module docstring."""
    problems = []
    for statement in tree.body:
        if isinstance(statement, _BLOCKS):
            for node in ast.walk(statement):
                if isinstance(node, ast.ClassDef) and not _inside_function(statement, node):
                    problems.append(Diagnostic(path, node.lineno, node.col_offset + 1, "PTK205",
                                               f"class '{node.name}' is defined inside a block at module level; "
                                               "define it at the top level of the module or inside a function"))
    return problems


def _inside_function(root: ast.AST, target: ast.AST) -> bool:
    for node in ast.walk(root):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and node is not root:
            if any(child is target for child in ast.walk(node)):
                return True
    return False
