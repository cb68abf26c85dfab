"""Evaluate each operand of a chained comparison once.

The generator turns ``a < f() < c`` into ``a < f() && f() < c``, calling ``f`` twice. Where a
middle operand is anything but a name or a constant, the chain becomes nested one-argument
lambdas, ``(lambda t: a < t and t < c)(f())``, which evaluate the operands once, left to right,
and stop at the first false comparison, as CPython does.
"""
from __future__ import annotations

import ast
import itertools

from pytk.compiler.astutil import lambda_of, located_new

_SIMPLE = (ast.Name, ast.Constant)


class _Chains(ast.NodeTransformer):
    def __init__(self) -> None:
        self.counter = itertools.count()

    def visit_Compare(self, node: ast.Compare) -> ast.expr:
        self.generic_visit(node)
        if len(node.ops) < 2 or all(isinstance(c, _SIMPLE) for c in node.comparators[:-1]):
            return node
        if isinstance(node.left, _SIMPLE):
            return located_new(self._chain(node.left, node.ops, node.comparators), node)
        name = f"_pytk_cmp_{next(self.counter)}"  # the left operand first, then the rest
        chain = self._chain(ast.Name(name, ast.Load()), node.ops, node.comparators)
        return located_new(ast.Call(lambda_of([name], chain), [node.left], []), node)

    def _chain(self, left: ast.expr, ops: list[ast.cmpop], comparators: list[ast.expr]) -> ast.expr:
        if len(ops) == 1:
            return ast.Compare(left, ops, comparators)
        middle = comparators[0]
        if isinstance(middle, _SIMPLE):
            return ast.BoolOp(ast.And(), [ast.Compare(left, [ops[0]], [middle]),
                                          self._chain(middle, ops[1:], comparators[1:])])
        name = f"_pytk_cmp_{next(self.counter)}"
        body = ast.BoolOp(ast.And(), [ast.Compare(left, [ops[0]], [ast.Name(name, ast.Load())]),
                                      self._chain(ast.Name(name, ast.Load()), ops[1:], comparators[1:])])
        return ast.Call(lambda_of([name], body), [middle], [])


def lower_comparison_chains(tree: ast.Module) -> None:
    """Rewrite the module's chained comparisons whose middle operands have to be evaluated once."""
    _Chains().visit(tree)
