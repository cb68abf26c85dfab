"""Calls with the wrong arguments raise CPython's ``TypeError``.

The generator's function prologue takes whatever a call passes: a missing argument is
``undefined``, extra positional arguments are dropped, an unknown keyword is ignored. The
prologue emitted here binds the arguments the same way and then checks them as CPython does,
in CPython's order (keywords, then the count of positional arguments, then what is missing),
with CPython's messages, built by the runtime's ``__pytk_args_*__`` functions (``calls.js``).

On the common path, a call without keywords, the checks are two integer comparisons at
most; the keyword path checks each keyword in the ``switch`` that binds it.
"""
from __future__ import annotations

import ast
import json
from typing import Any

POSITIONAL_ONLY = "pytk_positional_only"  # set on ast.arguments by functions.py: how many lead args are
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_MARKERS = "'__kwargtrans__', 'constructor'"


def qualname(arguments: ast.arguments) -> str:
    """The ``__qualname__`` of the function that ``arguments`` belongs to (parents as the generator set them)."""
    parts: list[str] = []
    node: Any = getattr(arguments, "parentNode", None)
    inner = True
    while node is not None and not isinstance(node, ast.Module):
        if isinstance(node, _FUNCTIONS):
            name = "<lambda>" if isinstance(node, ast.Lambda) else node.name
            parts.append(name if inner else f"{name}.<locals>")
            inner = False
        elif isinstance(node, ast.ClassDef):
            parts.append(node.name)
            inner = False
        node = getattr(node, "parentNode", None)
    return ".".join(reversed(parts)) or "<lambda>"


def _js_list(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def emit_checked_arguments(self: Any, node: ast.arguments) -> None:
    """The generator's ``visit_arguments`` with keyword arguments on, plus CPython's checks."""
    def name(arg: ast.arg) -> str:
        return self.filterId(arg.arg)

    count, defaults = len(node.args), len(node.defaults)
    required = node.args[:count - defaults]
    positional_only = min(getattr(node, POSITIONAL_ONLY, 0), count)
    required_keywords = [arg for arg, default in zip(node.kwonlyargs, node.kw_defaults) if default is None]
    title = json.dumps(qualname(node))

    self.emit("(")
    for index, arg in enumerate(node.args):
        self.emitComma(index)
        self.visit(arg)
    self.emit(") {{\n")
    self.indent()
    for arg, expr in zip(node.args[count - defaults:], node.defaults):
        # A default fills a parameter not passed, or holding the keyword object (not an argument).
        self.emit("if (typeof {0} == 'undefined' || ({0} != null && {0}.hasOwnProperty (\"__kwargtrans__\"))) {{;\n",
                  name(arg))
        self.indent()
        self.emit("var {} = ", name(arg))
        self.visit(expr)
        self.emit(";\n")
        self.dedent()
        self.emit("}};\n")
    for arg, expr in zip(node.kwonlyargs, node.kw_defaults):
        if expr:
            self.emit("var {} = ", name(arg))
            self.visit(expr)
            self.emit(";\n")
    if node.kwarg:
        self.emit("var {} = dict ();\n", name(node.kwarg))

    def missing() -> str:
        return "__pytk_args_missing__ ({}, {}, {}, {}, {})".format(
            title, _js_list([json.dumps(a.arg) for a in required]), _js_list([name(a) for a in required]),
            _js_list([json.dumps(a.arg) for a in required_keywords]), _js_list([name(a) for a in required_keywords]))

    last = self.nextTemp("ilastarg")
    self.emit("if (arguments.length) {{\n")
    self.indent()
    self.emit("var {} = arguments.length - 1;\n", last)
    self.emit("if (arguments [{0}] && arguments [{0}].hasOwnProperty (\"__kwargtrans__\")) {{\n", last)
    self.indent()
    keywords, attrib = self.nextTemp("allkwargs"), self.nextTemp("attrib")
    self.emit("var {} = arguments [{}--];\n", keywords, last)
    self.emit("for (var {} in {}) {{\n", attrib, keywords)
    self.indent()
    self.emit("switch ({}) {{\n", attrib)
    self.indent()
    for index, arg in enumerate(node.args):
        if index < positional_only:
            continue  # only positionally: as a keyword it is unexpected, or goes to **kwargs
        self.emit("case '{0}': if ({1} >= {2}) {{ throw __pytk_args_multiple__ ({3}, {4}); }} var {0} = {5} [{6}]; break;\n",
                  name(arg), last, index, title, json.dumps(arg.arg), keywords, attrib)
    for arg in node.kwonlyargs:
        self.emit("case '{0}': var {0} = {1} [{2}]; break;\n", name(arg), keywords, attrib)
    if node.kwarg:
        self.emit("default: {0} [{1}] = {2} [{1}];\n", name(node.kwarg), attrib, keywords)
    else:
        self.emit("case {}: break;\n", ": case ".join(_MARKERS.split(", ")))
        self.emit("default: throw __pytk_args_keyword__ ({}, {}, {}, {});\n", title, attrib, keywords,
                  _js_list([json.dumps(name(a)) for a in node.args[:positional_only]]))
    self.dedent()
    self.emit("}}\n")
    self.dedent()
    self.emit("}}\n")
    if node.kwarg:
        self.emit("delete {}.__kwargtrans__;\n", name(node.kwarg))
    for arg in required:
        # The keyword object sits in the slot after the last positional argument.
        self.emit("if ({0} === {1}) {{ {0} = undefined; }}\n", name(arg), keywords)
    if not node.vararg:
        self.emit("if ({} >= {}) {{ throw __pytk_args_too_many__ ({}, {}, {}, {} + 1, {}, {}); }}\n",
                  last, count, title, count, defaults, last, keywords,
                  _js_list([json.dumps(name(a)) for a in node.kwonlyargs]))
    if required or required_keywords:
        checks = " || ".join(f"{name(a)} === undefined" for a in [*required, *required_keywords])
        self.emit("if ({}) {{ throw {}; }}\n", checks, missing())
    self.prevTemp("allkwargs")
    self.prevTemp("attrib")
    self.dedent()
    self.emit("}}\n")
    if not node.vararg or required or required_keywords:
        self.emit("else {{\n")
        self.indent()
        if not node.vararg:
            self.emit("if ({} >= {}) {{ throw __pytk_args_too_many__ ({}, {}, {}, {} + 1, null, []); }}\n",
                      last, count, title, count, defaults, last)
        if required_keywords:
            self.emit("throw {};\n", missing())
        elif required:
            self.emit("if ({} < {}) {{ throw {}; }}\n", last, len(required) - 1, missing())
        self.dedent()
        self.emit("}}\n")
    if node.vararg:
        self.emit("var {} = tuple ([].slice.apply (arguments).slice ({}, {} + 1));\n", name(node.vararg), count, last)
    self.prevTemp("ilastarg")
    self.dedent()
    self.emit("}}\n")
    self.emit("else {{\n")
    self.indent()
    if required or required_keywords:
        self.emit("throw {};\n", missing())
    if node.vararg:
        self.emit("var {} = tuple ();\n", name(node.vararg))
    self.dedent()
    self.emit("}}\n")


def apply(compiler: Any) -> None:
    """Install the checked prologue into the generator class of ``compiler``."""
    original = compiler.Generator.visit_arguments

    def visit_arguments(self, node: ast.arguments) -> None:
        if not self.allowKeywordArgs:
            return original(self, node)
        return emit_checked_arguments(self, node)

    compiler.Generator.visit_arguments = visit_arguments
