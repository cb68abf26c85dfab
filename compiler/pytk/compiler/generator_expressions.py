"""Make generator expressions lazy.

The generator builds the whole list of a generator expression at once, so ``any(f(x) for x
in xs)`` calls ``f`` on every item and ``(x for x in count())`` never ends. This pass turns a
generator expression into a call of the runtime's ``__pytk_genexp__``, a JavaScript generator
that runs the clauses one item at a time::

    (f(x, y) for x in xs if x for y in g(x))
    __pytk_genexp__(xs, [[0, 1], [1, lambda x: x], [2, lambda x: g(x), 1]], lambda x, y: f(x, y))

Each clause is ``[0, names]`` (the first ``for``, whose iterable is evaluated at once, as in
CPython), ``[1, test]`` (an ``if``) or ``[2, iterable, names]`` (a later ``for``); ``names``
is how many variables a ``for`` binds (a tuple target is unpacked). The lambdas take every
variable bound so far, so they see the loop variables and close over the rest.

Where the expression is the only argument of a builtin that consumes everything anyway
(``sum``, ``list``, ``sorted``, ``str.join`` ...), it stays a list: same result, less work.
Targets other than names and flat tuples of names, and clauses holding ``yield``, ``await``
or ``:=``, are left as they were.
"""
from __future__ import annotations

import ast

from pytk.compiler.astutil import lambda_of, located_new

CONSUMERS = {"sum", "list", "tuple", "set", "frozenset", "sorted", "dict", "min", "max", "len"}
_AWKWARD = (ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr)


def _target_names(target: ast.expr) -> list[str] | None:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)) and all(isinstance(e, ast.Name) for e in target.elts):
        return [e.id for e in target.elts]
    return None


def _is_consumer_call(node: ast.Call) -> bool:
    if len(node.args) != 1 or node.keywords and not all(k.arg in ("key", "reverse", "default") for k in node.keywords):
        return False
    function = node.func
    return (isinstance(function, ast.Name) and function.id in CONSUMERS) or (
        isinstance(function, ast.Attribute) and function.attr == "join")


class _Lazy(ast.NodeTransformer):
    def visit_Call(self, node: ast.Call) -> ast.Call:
        if _is_consumer_call(node) and isinstance(node.args[0], ast.GeneratorExp):
            generator = node.args[0]
            self.generic_visit(generator)  # its own inner expressions may still be lazy
            node.func = self.visit(node.func)
            node.keywords = [self.visit(k) for k in node.keywords]
            return node
        self.generic_visit(node)
        return node

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> ast.expr:
        self.generic_visit(node)
        if any(isinstance(n, _AWKWARD) for n in ast.walk(node)) or any(g.is_async for g in node.generators):
            return node
        bound: list[str] = []
        clauses: list[ast.expr] = []
        source: ast.expr | None = None
        for position, generator in enumerate(node.generators):
            names = _target_names(generator.target)
            if names is None:
                return node
            count = ast.Constant(len(names) if isinstance(generator.target, (ast.Tuple, ast.List)) else 0)
            if position == 0:
                source = generator.iter
                clauses.append(ast.List([ast.Constant(0), count], ast.Load()))
            else:
                clauses.append(ast.List([ast.Constant(2), lambda_of(list(bound), generator.iter), count], ast.Load()))
            bound += names
            for test in generator.ifs:
                clauses.append(ast.List([ast.Constant(1), lambda_of(list(bound), test)], ast.Load()))
        call = ast.Call(ast.Name("__pytk_genexp__", ast.Load()),
                        [source, ast.List(clauses, ast.Load()), lambda_of(bound, node.elt)], [])
        return located_new(call, node)


def lower_generator_expressions(tree: ast.Module) -> None:
    """Rewrite the module's generator expressions as the module docstring describes."""
    _Lazy().visit(tree)
