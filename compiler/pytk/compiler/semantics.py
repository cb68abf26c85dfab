"""Lowering passes that give compiled code Python's semantics where the generator's differ.

* :func:`enable_python_semantics` switches on the generator's operator overloading, truth
  conversion and iteration conversion for the module, so ``==``, ``+``, ``*``, ``[i]``,
  ``if xs:`` and ``for k in d`` behave as in CPython (pytk's runtime additions fill gaps);
* :func:`lower_fstrings` turns f-strings into concatenations of ``format()`` calls, so format
  specs, ``!r``/``!s``/``!a`` and literal braces work;
* :func:`hoist_defaults` evaluates default argument values once, where the function is
  defined, instead of on every call.
"""
from __future__ import annotations

import ast
import itertools

from pytk.compiler.astutil import located

PRAGMAS = ("opov", "tconv", "iconv")
_IMMUTABLE_DEFAULTS = (ast.Constant,)


def enable_python_semantics(tree: ast.Module) -> None:
    """Put the generator's semantic pragmas at the top of the module."""
    anchor = tree.body[0] if tree.body else tree
    pragmas = [located(ast.Expr(ast.Call(ast.Name("__pragma__", ast.Load()), [ast.Constant(p)], [])), anchor)
               for p in PRAGMAS]
    tree.body[0:0] = pragmas


class _FStrings(ast.NodeTransformer):
    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.expr:
        self.generic_visit(node)
        return located(_join(node), node)


def _join(node: ast.JoinedStr) -> ast.expr:
    parts: list[ast.expr] = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(ast.Constant(value.value))
        elif isinstance(value, ast.FormattedValue):
            parts.append(_formatted(value))
        else:  # a nested JoinedStr was already rewritten
            parts.append(value)
    if not parts:
        return ast.Constant("")
    result = parts[0] if _is_str(parts[0]) else ast.Call(ast.Name("str", ast.Load()), [parts[0]], [])
    for part in parts[1:]:
        result = ast.BinOp(result, ast.Add(), part)
    return result


def _is_str(node: ast.expr) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "format")


def _formatted(value: ast.FormattedValue) -> ast.expr:
    inner = value.value
    conversion = {ord("r"): "repr", ord("s"): "str", ord("a"): "ascii"}.get(value.conversion)
    if conversion:
        inner = ast.Call(ast.Name(conversion, ast.Load()), [inner], [])
    spec: ast.expr = ast.Constant("")
    if value.format_spec is not None:
        spec = value.format_spec if not isinstance(value.format_spec, ast.JoinedStr) else _join(value.format_spec)
    return ast.Call(ast.Name("format", ast.Load()), [inner, spec], [])


def lower_fstrings(tree: ast.Module) -> None:
    """Rewrite f-strings as ``'text' + format(value, spec) + ...``."""
    _FStrings().visit(tree)


class _Operators(ast.NodeTransformer):
    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.expr:
        self.generic_visit(node)
        helper = {ast.Invert: "__pytk_invert__", ast.UAdd: "__pytk_pos__"}.get(type(node.op))
        if helper is None or (isinstance(node.operand, ast.Constant) and isinstance(node.op, ast.UAdd)):
            return node
        return located(ast.Call(ast.Name(helper, ast.Load()), [node.operand], []), node)

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.stmt:
        self.generic_visit(node)
        if not isinstance(node.op, ast.FloorDiv):
            return node
        # The generator emits invalid JavaScript for `//=`: spell it out.
        read = ast.parse(ast.unparse(node.target), mode="eval").body
        return located(ast.Assign([node.target], ast.BinOp(read, ast.FloorDiv(), node.value)), node)

    def visit_Expr(self, node: ast.Expr) -> ast.stmt:
        self.generic_visit(node)
        if isinstance(node.value, ast.Constant) and node.value.value is Ellipsis:
            return ast.copy_location(ast.Pass(), node)  # `...` as a placeholder body
        return node


def lower_operators(tree: ast.Module) -> None:
    """``~x`` and ``+x`` through the runtime (Python ints and ``__invert__``/``__pos__``), ``x //= y``
    as ``x = x // y``, and a bare ``...`` statement as ``pass`` (the generator cannot translate
    either form)."""
    _Operators().visit(tree)


def hoist_defaults(tree: ast.Module) -> None:
    """Evaluate non-constant defaults once, just before the ``def`` (or the enclosing ``class``)."""
    counter = itertools.count(1)

    def process(body: list[ast.stmt], hoist_into: list[ast.stmt] | None) -> list[ast.stmt]:
        result: list[ast.stmt] = []
        for stmt in body:
            hoisted: list[ast.stmt] = []
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                hoisted = _hoist(stmt, counter)
                stmt.body = process(stmt.body, None)
            elif isinstance(stmt, ast.ClassDef):
                methods_hoisted: list[ast.stmt] = []
                stmt.body = process_class(stmt.body, methods_hoisted)
                hoisted = methods_hoisted
            else:
                for field in ("body", "orelse", "finalbody"):
                    if isinstance(getattr(stmt, field, None), list):
                        setattr(stmt, field, process(getattr(stmt, field), None))
                for handler in getattr(stmt, "handlers", []):
                    handler.body = process(handler.body, None)
            (hoist_into if hoist_into is not None else result).extend(hoisted)
            result.append(stmt)
        return result

    def process_class(body: list[ast.stmt], outer: list[ast.stmt]) -> list[ast.stmt]:
        result = []
        for stmt in body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                outer.extend(_hoist(stmt, counter))
                stmt.body = process(stmt.body, None)
            elif isinstance(stmt, ast.ClassDef):
                stmt.body = process_class(stmt.body, outer)
            result.append(stmt)
        return result

    tree.body = process(tree.body, None)


def _hoist(function: ast.FunctionDef | ast.AsyncFunctionDef, counter) -> list[ast.stmt]:
    arguments = function.args
    assignments: list[ast.stmt] = []

    def replace(default: ast.expr | None) -> ast.expr | None:
        if default is None or isinstance(default, _IMMUTABLE_DEFAULTS) or (
                isinstance(default, ast.UnaryOp) and isinstance(default.operand, ast.Constant)):
            return default
        name = f"_pytk_default_{next(counter)}"
        assignments.append(located(ast.Assign([ast.Name(name, ast.Store())], default), default))
        return located(ast.Name(name, ast.Load()), default)

    arguments.defaults = [replace(d) for d in arguments.defaults]
    arguments.kw_defaults = [replace(d) for d in arguments.kw_defaults]
    return assignments
