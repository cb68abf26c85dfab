"""Show floats as CPython does, where the compiler can tell a value is a float.

JavaScript has one number type, so ``4 / 2`` is ``2`` at run time and would print as ``2``
where CPython prints ``2.0``. This pass infers, per scope, which expressions are floats
(float literals, ``/``, ``float()``, float-valued ``math`` functions, arithmetic with a float,
variables only ever given floats or given an integer start and then floats, functions whose
every ``return`` is a float; annotations are not trusted, since ``x: float`` may well hold an
int) and, where such a
value is turned into text (``print``, ``str``, ``repr``, f-string fields and the items of a
list, tuple or set display printed directly), wraps it in the runtime's ``__pytk_float__``,
which prints an integral float with its ``.0``. Arithmetic itself is untouched.
"""
from __future__ import annotations

import ast
import math
from collections.abc import Iterator

FLOAT_MATH = {"sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "exp",
              "expm1", "log", "log2", "log10", "log1p", "pow", "fabs", "hypot", "radians", "degrees", "fsum",
              "copysign", "fmod", "ldexp", "dist", "remainder"}
FLOAT_CONSTANTS = {"pi", "e", "tau", "inf", "nan"}
TEXT_FUNCTIONS = {"print", "str", "repr", "format"}


class Scope:
    """What is known to be a float inside one function (or the module)."""

    def __init__(self, parent: Scope | None, float_functions: set[str]):
        self.parent = parent
        self.names: set[str] = set()
        self.float_functions = float_functions

    def is_float_name(self, name: str) -> bool:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                return True
            scope = scope.parent
        return False

    def is_float(self, node: ast.expr | None) -> bool:
        if node is None:
            return False
        if isinstance(node, ast.Constant):
            return isinstance(node.value, float)
        if isinstance(node, ast.Name):
            return self.is_float_name(node.id)
        if isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.Div):
                return True
            if isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Mod, ast.FloorDiv, ast.Pow)):
                return self.is_float(node.left) or self.is_float(node.right)
            return False
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            return self.is_float(node.operand)
        if isinstance(node, ast.IfExp):
            return self.is_float(node.body) and self.is_float(node.orelse)
        if isinstance(node, ast.Attribute):
            return isinstance(node.value, ast.Name) and node.value.id == "math" and node.attr in FLOAT_CONSTANTS
        if isinstance(node, ast.Call):
            return self._is_float_call(node)
        return False

    def _is_float_call(self, node: ast.Call) -> bool:
        function = node.func
        if isinstance(function, ast.Attribute):
            return isinstance(function.value, ast.Name) and function.value.id == "math" and function.attr in FLOAT_MATH
        if not isinstance(function, ast.Name):
            return False
        name, args = function.id, node.args
        if name == "float":
            return True
        if name == "abs" and len(args) == 1:
            return self.is_float(args[0])
        if name == "round":
            return len(args) == 2 and self.is_float(args[0])
        if name in ("min", "max") and len(args) > 1:
            return all(self.is_float(a) for a in args)
        return name in self.float_functions


def _own_statements(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """Every node of a scope's body, not descending into nested functions, lambdas or classes."""
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                stack.append(child)


def infer_names(scope: Scope, body: list[ast.stmt], arguments: ast.arguments | None) -> None:
    """Fill ``scope.names`` with the variables of ``body`` that only ever hold floats."""
    evidence: dict[str, list[tuple[str, ast.expr | None]]] = {}
    if arguments is not None:
        for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                         *([arguments.vararg] if arguments.vararg else []),
                         *([arguments.kwarg] if arguments.kwarg else [])]:
            evidence.setdefault(argument.arg, []).append(("other", None))
    for node in _own_statements(body):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    evidence.setdefault(target.id, []).append(("value", node.value))
                else:
                    for name in ast.walk(target):
                        if isinstance(name, ast.Name):
                            evidence.setdefault(name.id, []).append(("other", None))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            evidence.setdefault(node.target.id, []).append(("value", node.value))
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            kind = "float" if isinstance(node.op, ast.Div) else "aug"
            evidence.setdefault(node.target.id, []).append((kind, node.value))
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension, ast.With, ast.NamedExpr)):
            targets = [node.target] if hasattr(node, "target") else [i.optional_vars for i in node.items]
            for target in targets:
                for name in ast.walk(target) if target is not None else []:
                    if isinstance(name, ast.Name):
                        evidence.setdefault(name.id, []).append(("other", None))
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                evidence.setdefault(name, []).append(("other", None))
    changed = True
    while changed:
        changed = False
        for name, items in evidence.items():
            if name in scope.names:
                continue
            floats = [kind == "float" or (kind in ("value", "aug") and scope.is_float(value)) for kind, value in items]
            neutral = [kind == "value" and isinstance(value, ast.Constant) and type(value.value) is int
                       for kind, value in items]
            neutral = [n or (kind == "aug" and not f and isinstance(value, ast.Constant) and type(value.value) is int)
                       for n, f, (kind, value) in zip(neutral, floats, items)]
            if any(floats) and all(f or n for f, n in zip(floats, neutral)):
                scope.names.add(name)
                changed = True


def _returns_float(function: ast.FunctionDef | ast.AsyncFunctionDef, scope: Scope) -> bool:
    inner = Scope(scope, scope.float_functions)
    infer_names(inner, function.body, function.args)
    returns = [n for n in _own_statements(function.body) if isinstance(n, ast.Return)]
    return bool(returns) and all(inner.is_float(r.value) for r in returns)


class _Wrapper(ast.NodeTransformer):
    def __init__(self, scope: Scope):
        self.scope = scope

    def wrap(self, node: ast.expr) -> ast.expr:
        if self.scope.is_float(node):
            return ast.copy_location(ast.Call(ast.Name("__pytk_float__", ast.Load()), [node], []), node)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            node.elts = [self.wrap(e) for e in node.elts]
        return node

    def visit_Call(self, node: ast.Call) -> ast.Call:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id in TEXT_FUNCTIONS:
            arguments = node.args if node.func.id == "print" else node.args[:1]
            wrapped = [self.wrap(a) for a in arguments]
            node.args = wrapped if node.func.id == "print" else wrapped + node.args[1:]
        return node

    def _scoped(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        outer = self.scope
        self.scope = Scope(outer, outer.float_functions)
        if not isinstance(node, ast.Lambda):
            infer_names(self.scope, node.body, node.args)
        self.generic_visit(node)
        self.scope = outer
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _scoped


def show_floats(tree: ast.Module) -> None:
    """Wrap float-valued expressions where they become text (see the module docstring)."""
    float_functions: set[str] = set()
    module = Scope(None, float_functions)
    infer_names(module, tree.body, None)
    functions = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    changed = True
    while changed:
        changed = False
        for function in functions:
            if function.name not in float_functions and _returns_float(function, module):
                float_functions.add(function.name)
                changed = True
        if changed:
            module.names.clear()
            infer_names(module, tree.body, None)
    _Wrapper(module).visit(tree)


class _FloatLiterals(ast.NodeTransformer):
    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # repr of the value -> module-level name of its box

    def visit_Constant(self, node: ast.Constant) -> ast.expr:
        value = node.value
        if type(value) is float and value.is_integer():
            key = repr(value)
            name = self.names.setdefault(key, f"_pytk_float_{len(self.names)}")
            return ast.copy_location(ast.Name(name, ast.Load()), node)
        return node


def box_float_literals(tree: ast.Module) -> None:
    """Make each float literal with an integral value (``2.0``, ``1e20``) a float at run time.

    JavaScript would read ``2.0`` as the integer 2; the runtime's ``__pytk_float__`` gives the
    float that prints, divides and compares as CPython's does (see runtime/floats.js). Each
    value is boxed once, at the top of the module, and the literals read that box."""
    literals = _FloatLiterals()
    literals.visit(tree)
    if not literals.names:
        return
    boxes = [ast.Assign([ast.Name(name, ast.Store())],
                        ast.Call(ast.Name("__pytk_float__", ast.Load()), [ast.Constant(float(key))], []))
             for key, name in literals.names.items()]
    first = tree.body[0] if tree.body else None
    has_docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(
        first.value.value, str)
    at = 1 if has_docstring else 0
    for box in boxes:
        ast.copy_location(box, tree.body[at] if len(tree.body) > at else tree)
        ast.fix_missing_locations(box)
    tree.body[at:at] = boxes
