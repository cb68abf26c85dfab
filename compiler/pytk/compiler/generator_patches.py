"""Corrections to Transcrypt's code generator, applied once when it is first imported.

With operator overloading on, the generator compiles ``for x in it`` (comprehensions
included) into an index loop over ``len(it)``, which never runs for generators, ``zip``,
``enumerate`` or any other iterator. The patched ``visit_For`` evaluates the iterable once
(with overloading on), then emits a JavaScript ``for ... of`` over the runtime's ``__i__``,
which pytk's runtime makes accept every Python iterable; the loop body is still compiled with
overloading on. Loops over ``range`` with a constant step keep the generator's numeric loop.

Calls with the wrong arguments raise CPython's TypeError (argument_checks.py).

Other corrections: bytes literals, dict displays with non-string keys, property names, reserved words the
alias table misses, and ``raise`` without the generator's reset of ``__cause__``.
"""
from __future__ import annotations

import ast
import json
import re
from typing import Any

from pytk.compiler import argument_checks

EXTRA_RESERVED = ("enum", "function", "await", "implements", "interface", "package", "private",
                  "protected", "public", "static", "let", "yield")
_PROPERTY_NAME = re.compile(r"^(\n?Object\.defineProperty \([^,]+, )'([^']+)'")


def _plain_property_name(value: object) -> bool:
    """Whether a JavaScript object literal keeps this key as it is, and in its place."""
    if not isinstance(value, str) or value == "__proto__":
        return False
    return not (value.isdigit() and value.isascii() and (value == "0" or not value.startswith("0")))


def _is_range_loop(generator: Any, node: ast.For) -> bool:
    return isinstance(node.target, ast.Name) and generator.isCall(node.iter, "range")


def _only_truth_matters(node: ast.BoolOp) -> bool:
    """Whether only the truth of ``node``'s value is used (an ``if``/``while`` test, ``not``...)."""
    parent = getattr(node, "parentNode", None)
    if isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)):
        return parent.test is node
    if isinstance(parent, ast.comprehension):
        return any(test is node for test in parent.ifs)
    return isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not)


def apply(compiler: Any) -> None:
    """Install the corrections into the generator class of ``compiler``."""
    original_visit_for = compiler.Generator.visit_For
    original_emit_body = compiler.Generator.emitBody

    def visit_for(self, node: ast.For) -> None:
        if not self.allowOperatorOverloading or _is_range_loop(self, node):
            return original_visit_for(self, node)
        # Numbered per module (one generator each), so a module's output does not depend on
        # what else the process compiled before it.
        self._pytk_loops = getattr(self, "_pytk_loops", 0) + 1
        name = f"__pytk_iterable_{self._pytk_loops}__"
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

    original_emit = compiler.Generator.emit

    def emit(self, fragment: str, *args: Any) -> None:
        # A property installs under its JavaScript name (`name` is `py_name` in the output).
        if fragment.startswith(("\nObject.defineProperty (", "Object.defineProperty (")) and not args:
            fragment = _PROPERTY_NAME.sub(lambda m: f"{m.group(1)}'{self.filterId(m.group(2))}'", fragment)
        return original_emit(self, fragment, *args)

    original_visit_dict = compiler.Generator.visit_Dict

    def visit_dict(self, node: ast.Dict) -> None:
        # A display whose keys a JavaScript object literal would alter (numbers, bools, None,
        # digit strings) is built from pairs, so the dict keeps the keys' Python types and order.
        if (not self.allowJavaScriptIter and node.keys
                and not all(isinstance(k, ast.Constant) and _plain_property_name(k.value) for k in node.keys)):
            self.emit("dict ([")
            for index, (key, value) in enumerate(zip(node.keys, node.values)):
                self.emitComma(index)
                self.emit("[")
                self.visit(key)
                self.emit(", ")
                self.visit(value)
                self.emit("]")
            self.emit("])")
            return None
        return original_visit_dict(self, node)

    compiler.Generator.visit_Dict = visit_dict

    original_visit_module = compiler.Generator.visit_Module

    def visit_module(self, node: ast.Module) -> None:
        # JavaScript reserved words that Transcrypt's alias table misses (the generator visits
        # the module from its constructor, right after setting up the table).
        self.aliases += [(word, f"py_{word}") for word in EXTRA_RESERVED
                         if not any(alias[0] == word for alias in self.aliases)]
        return original_visit_module(self, node)

    compiler.Generator.visit_Module = visit_module

    def visit_raise(self, node: ast.Raise) -> None:
        # The front-end has already turned ``from`` into ``__pytk_cause__`` (see
        # exception_context.py); the generator's own version would reset ``__cause__`` to null
        # on every raise, a bare re-raise included.
        self.adaptLineNrString(node)
        if node.exc:
            self.emit("var {} = ", self.nextTemp("except"))
            self.visit(node.exc)
            self.emit(";\n")
        self.emit("throw {}", self.getTemp("except"))
        if node.exc:
            self.prevTemp("except")

    compiler.Generator.visit_Raise = visit_raise

    original_visit_bool_op = compiler.Generator.visit_BoolOp

    def visit_bool_op(self, node: ast.BoolOp) -> None:
        # `a and b` is `a` when `a` is false: with truth conversion on, `__t__ (a) && b` gave
        # `false` for an empty container or a zero float, so the false operand is kept aside.
        if not (self.allowConversionToTruthValue and isinstance(node.op, ast.And)) or _only_truth_matters(node):
            return original_visit_bool_op(self, node)
        for value in node.values[:-1]:
            self.emit("(__pytk_and__ (")
            self.visit(value)
            self.emit(") ? ")
        self.emit("(")
        self.visit(node.values[-1])
        self.emit(")" + " : __pytk_and_operand__ ())" * (len(node.values) - 1))

    compiler.Generator.visit_BoolOp = visit_bool_op

    original_visit_constant = compiler.Generator.visit_Constant

    def visit_constant(self, node: ast.Constant) -> None:
        # A bytes literal is built from its bytes, one char each (the generator's version
        # failed on non-ASCII bytes and on quotes).
        if isinstance(node.value, bytes):
            self.emit("__pytk_bytes_literal__ ({})", json.dumps(node.value.decode("latin-1")))
            return None
        return original_visit_constant(self, node)

    compiler.Generator.visit_Constant = visit_constant

    original_visit_list = compiler.Generator.visit_List

    def visit_list(self, node: ast.List) -> None:
        # The generator writes `d[1, 2]` as `d [[1, 2]]`: a plain array as a key is a tuple, so a
        # list display there is marked as a list (`d[[1, 2]]` raises TypeError, as in CPython).
        parent = getattr(node, "parentNode", None)
        if isinstance(parent, ast.Subscript) and parent.slice is node and isinstance(node.ctx, ast.Load):
            self.emit("__pytk_list_key__ (")
            original_visit_list(self, node)
            self.emit(")")
            return None
        return original_visit_list(self, node)

    compiler.Generator.visit_List = visit_list
    argument_checks.apply(compiler)
    compiler.Generator.visit_For = visit_for
    compiler.Generator.emitBody = emit_body
    compiler.Generator.emit = emit
