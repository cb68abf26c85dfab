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
