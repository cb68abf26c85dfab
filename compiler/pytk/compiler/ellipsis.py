"""``...`` used as a value (``x = ...``, ``f(...)``, ``Callable[..., int]``) becomes the runtime's
``Ellipsis`` singleton: the code generator has no translation for the constant. A ``...``
statement, the placeholder body, is ``pass`` by then (``semantics.lower_operators``)."""
from __future__ import annotations

import ast


class _Ellipsis(ast.NodeTransformer):
    def visit_Constant(self, node: ast.Constant) -> ast.expr:
        if node.value is Ellipsis:
            return ast.copy_location(ast.Name("Ellipsis", ast.Load()), node)
        return node


def lower_ellipsis(tree: ast.Module) -> None:
    """Replace every ``...`` constant left in ``tree`` by the name ``Ellipsis``."""
    _Ellipsis().visit(tree)
