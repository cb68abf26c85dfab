"""Helpers shared by the lowering passes."""
from __future__ import annotations

import ast


def located(node: ast.AST, where: ast.AST) -> ast.AST:
    """Give ``node`` and everything in it the location of ``where`` (the code it replaces),
    so diagnostics and source maps point at the user's line."""
    line, col = getattr(where, "lineno", 1), getattr(where, "col_offset", 0)
    end_line = getattr(where, "end_lineno", None) or line
    end_col = getattr(where, "end_col_offset", None) or col
    for child in ast.walk(node):
        child.lineno, child.col_offset, child.end_lineno, child.end_col_offset = line, col, end_line, end_col
    return node


def located_new(node: ast.AST, where: ast.AST) -> ast.AST:
    """Like :func:`located`, for the nodes of ``node`` that have no location yet: a rewrite that
    wraps the user's own statements keeps their lines and gives its new nodes ``where``'s."""
    line, col = getattr(where, "lineno", 1), getattr(where, "col_offset", 0)
    end_line = getattr(where, "end_lineno", None) or line
    end_col = getattr(where, "end_col_offset", None) or col
    for child in ast.walk(node):
        if getattr(child, "lineno", None) is None and "lineno" in child._attributes:
            child.lineno, child.col_offset, child.end_lineno, child.end_col_offset = line, col, end_line, end_col
    return node


def parameters(names: list[str]) -> ast.arguments:
    """The parameter list ``(a, b, ...)`` of plain positional parameters."""
    return ast.arguments(posonlyargs=[], args=[ast.arg(n) for n in names], vararg=None, kwonlyargs=[],
                         kw_defaults=[], kwarg=None, defaults=[])


def lambda_of(names: list[str], body: ast.expr) -> ast.Lambda:
    """``lambda a, b, ...: body``."""
    return ast.Lambda(parameters(names), body)


def after_docstring_and_future_imports(tree: ast.Module) -> int:
    """Where a pass may insert statements at the top of a module: after its docstring and its
    ``from __future__`` imports."""
    for index, stmt in enumerate(tree.body):
        if not (isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__") and not (
                index == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)):
            return index
    return len(tree.body)
