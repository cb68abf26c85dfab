"""Corrections to Transcrypt's code generator, applied once when it is first imported.

With operator overloading on, the generator compiles ``for x in it`` (comprehensions
included) into an index loop over ``len(it)``, which never runs for generators, ``zip``,
``enumerate`` or any other iterator. The patched ``visit_For`` evaluates the iterable once
(with overloading on), then emits a JavaScript ``for ... of`` over the runtime's ``__i__``,
which pytk's runtime makes accept every Python iterable; the loop body is still compiled with
overloading on. Loops over ``range`` with a constant step keep the generator's numeric loop.
"""
from __future__ import annotations

import ast
import itertools
from typing import Any

_numbers = itertools.count(1)


def _is_range_loop(generator: Any, node: ast.For) -> bool:
    return isinstance(node.target, ast.Name) and generator.isCall(node.iter, "range")


def apply(compiler: Any) -> None:
    """Install the corrections into the generator class of ``compiler``."""
    original_visit_for = compiler.Generator.visit_For
    original_emit_body = compiler.Generator.emitBody

    def visit_for(self, node: ast.For) -> None:
        if not self.allowOperatorOverloading or _is_range_loop(self, node):
            return original_visit_for(self, node)
        name = f"__pytk_iterable_{next(_numbers)}__"
        self.emit("var {} = ", name)
        self.visit(node.iter)
        self.emit(";\n")
        saved_iter, saved_iconv = node.iter, self.allowConversionToIterable
        node.iter = ast.copy_location(ast.Name(id=name, ctx=ast.Load()), saved_iter)
        node.iter.parentNode = node
        self.allowOperatorOverloading, self.allowConversionToIterable = False, True
        self._pytk_loop_depth = getattr(self, "_pytk_loop_depth", 0) + 1
        try:
            original_visit_for(self, node)
        finally:
            self._pytk_loop_depth -= 1
            node.iter = saved_iter
            self.allowOperatorOverloading, self.allowConversionToIterable = True, saved_iconv

    def emit_body(self, body: list[ast.stmt]) -> None:
        # Inside a loop header compiled without overloading, bodies get it back.
        if getattr(self, "_pytk_loop_depth", 0) and not self.allowOperatorOverloading:
            self.allowOperatorOverloading = True
            try:
                return original_emit_body(self, body)
            finally:
                self.allowOperatorOverloading = False
        return original_emit_body(self, body)

    compiler.Generator.visit_For = visit_for
    compiler.Generator.emitBody = emit_body
