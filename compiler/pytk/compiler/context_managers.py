"""Lower ``with``, ``async with`` and ``async for`` into ``try`` statements and loops.

The generator passes the JavaScript error's *name* (a string) to ``__exit__`` as the exception
type and has no ``async`` forms at all. The rewrite follows the language reference: ``__enter__``
(or ``await __aenter__()``) before the body; on an exception ``__exit__(type(e), e, None)``,
re-raising unless it returns a true value; on any other way out (falling off the end,
``return``, ``break``) ``__exit__(None, None, None)``. ``async for`` becomes a ``while`` loop
over ``await it.__anext__()`` that ends on ``StopAsyncIteration``, with its ``else`` clause
run only when the loop was not left by ``break``.
"""
from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator

from pytk.compiler.astutil import located_new


def _load(name: str) -> ast.Name:
    return ast.Name(name, ast.Load())


def _store(name: str) -> ast.Name:
    return ast.Name(name, ast.Store())


def _call_method(target: str, method: str, *args: ast.expr, awaited: bool = False) -> ast.expr:
    call: ast.expr = ast.Call(ast.Attribute(_load(target), method, ast.Load()), list(args), [])
    return ast.Await(call) if awaited else call


def _none() -> ast.Constant:
    return ast.Constant(None)


class _ContextManagers(ast.NodeTransformer):
    def __init__(self) -> None:
        self.counter: Iterator[int] = itertools.count()

    def visit_With(self, node: ast.With | ast.AsyncWith) -> list[ast.stmt]:
        self.generic_visit(node)
        body: list[ast.stmt] = node.body
        for item in reversed(node.items):  # `with a, b:` is `with a: with b:`
            body = self._one(item, body, awaited=isinstance(node, ast.AsyncWith))
        return [located_new(statement, node) for statement in body]

    visit_AsyncWith = visit_With

    def _one(self, item: ast.withitem, body: list[ast.stmt], awaited: bool) -> list[ast.stmt]:
        number = next(self.counter)
        manager, clean, error = f"_pytk_cm_{number}", f"_pytk_cm_ok_{number}", f"_pytk_cm_error_{number}"
        enter = _call_method(manager, "__aenter__" if awaited else "__enter__", awaited=awaited)
        exit_name = "__aexit__" if awaited else "__exit__"
        entered: ast.stmt = (ast.Assign([item.optional_vars], enter) if item.optional_vars is not None
                             else ast.Expr(enter))
        error_type = ast.Call(_load("type"), [_load(error)], [])
        handler = ast.ExceptHandler(_load("BaseException"), error, [
            ast.Assign([_store(clean)], ast.Constant(False)),
            ast.If(ast.UnaryOp(ast.Not(), _call_method(manager, exit_name, error_type, _load(error), _none(),
                                                        awaited=awaited)),
                   [ast.Raise(None, None)], []),
        ])
        finally_exit = ast.If(_load(clean), [ast.Expr(_call_method(manager, exit_name, _none(), _none(), _none(),
                                                                     awaited=awaited))], [])
        return [
            ast.Assign([_store(manager)], item.context_expr),
            entered,
            ast.Assign([_store(clean)], ast.Constant(True)),
            ast.Try(body, [handler], [], [finally_exit]),
        ]

    def visit_AsyncFor(self, node: ast.AsyncFor) -> list[ast.stmt]:
        self.generic_visit(node)
        number = next(self.counter)
        iterator, finished = f"_pytk_aiter_{number}", f"_pytk_aiter_done_{number}"
        step = ast.Try(
            [ast.Assign([node.target], _call_method(iterator, "__anext__", awaited=True))],
            [ast.ExceptHandler(_load("StopAsyncIteration"), None,
                               [ast.Assign([_store(finished)], ast.Constant(True)), ast.Break()])],
            [], [])
        statements: list[ast.stmt] = [
            ast.Assign([_store(iterator)], ast.Call(ast.Attribute(node.iter, "__aiter__", ast.Load()), [], [])),
            ast.Assign([_store(finished)], ast.Constant(False)),
            ast.While(ast.Constant(True), [step, *node.body], []),
        ]
        if node.orelse:
            statements.append(ast.If(_load(finished), node.orelse, []))
        return [located_new(statement, node) for statement in statements]


def lower_context_managers(tree: ast.Module) -> None:
    """Rewrite every ``with``, ``async with`` and ``async for`` of the module, innermost first."""
    _ContextManagers().visit(tree)
