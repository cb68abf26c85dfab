"""Float literals that JavaScript would read as integers.

JavaScript has one number type, so ``2.0`` would be the integer 2 at run time. The runtime keeps
Python's floats apart from its ints (runtime/floats.js): a float with a fraction is a plain
number, one with an integral value a box around it, made by ``__pytk_float__``. This pass gives
each integral float literal (``2.0``, ``-0.0``'s ``0.0``, ``1e20``) that box, made once at the
top of the module and read wherever the literal stood.
"""
from __future__ import annotations

import ast

from pytk.compiler.astutil import after_docstring_and_future_imports


class _FloatLiterals(ast.NodeTransformer):
    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # repr of the value -> module-level name of its box

    def visit_Constant(self, node: ast.Constant) -> ast.expr:
        value = node.value
        if type(value) is float and value.is_integer():
            name = self.names.setdefault(repr(value), f"_pytk_float_{len(self.names)}")
            return ast.copy_location(ast.Name(name, ast.Load()), node)
        return node


def box_float_literals(tree: ast.Module) -> None:
    """Replace the module's integral float literals by boxes made once (see the module docstring)."""
    literals = _FloatLiterals()
    literals.visit(tree)
    if not literals.names:
        return
    boxes = [ast.Assign([ast.Name(name, ast.Store())],
                        ast.Call(ast.Name("__pytk_float__", ast.Load()), [ast.Constant(float(key))], []))
             for key, name in literals.names.items()]
    at = after_docstring_and_future_imports(tree)
    for box in boxes:
        ast.copy_location(box, tree.body[at] if len(tree.body) > at else tree)
        ast.fix_missing_locations(box)
    tree.body[at:at] = boxes
