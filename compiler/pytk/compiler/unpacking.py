"""Lower unpacking and assignment forms that the generator mistranslates.

* starred and nested targets: ``a, *rest = xs``, ``for i, (k, v) in ...`` (in statements and
  comprehensions) become plain assignments from a temporary;
* starred items in displays: ``[*a, x]``, ``(*a,)``, ``{*a}`` become concatenations;
* ``{**a, "k": v}`` becomes a call of the runtime's ``__pytk_dict_merge__``;
* ``del xs[i]`` and ``del xs[i:j]`` become runtime calls with Python's index rules;
* ``:=`` in the test of an ``if``/``elif``/``while`` or at the top of a statement's value
  (an expression statement, ``return``, an assignment) is hoisted into an assignment before
  it; anywhere else it is a compile error (PTK203), never silently wrong code.
"""
from __future__ import annotations

import ast
import itertools
from pathlib import Path

from pytk.compiler.diagnostics import Diagnostic


def _name(identifier: str, store: bool = False) -> ast.Name:
    return ast.Name(identifier, ast.Store() if store else ast.Load())


def _call(function: str, *args: ast.expr) -> ast.Call:
    return ast.Call(_name(function), list(args), [])


def _needs_lowering(target: ast.expr) -> bool:
    return isinstance(target, (ast.Tuple, ast.List)) and any(
        isinstance(e, (ast.Starred, ast.Tuple, ast.List)) for e in target.elts)


def _place(nodes: list[ast.AST], where: ast.AST) -> None:
    for node in nodes:
        for child in ast.walk(node):
            if not hasattr(child, "lineno"):
                ast.copy_location(child, where)
                child.end_lineno, child.end_col_offset = where.end_lineno, where.end_col_offset


class _Unpacking(ast.NodeTransformer):
    def __init__(self, path: Path):
        self.path = path
        self.counter = itertools.count(1)
        self.problems: list[Diagnostic] = []

    def fresh(self, kind: str) -> str:
        return f"_pytk_{kind}_{next(self.counter)}"

    # -- targets ---------------------------------------------------------------------------
    def destructure(self, target: ast.expr, value: ast.expr) -> list[ast.stmt]:
        """Statements that assign ``value`` to ``target`` with Python's unpacking rules."""
        if not isinstance(target, (ast.Tuple, ast.List)):
            return [ast.Assign([target], value)]
        sequence = self.fresh("seq")
        statements: list[ast.stmt] = [ast.Assign([_name(sequence, True)], _call("list", value))]
        elements = target.elts
        star = next((i for i, e in enumerate(elements) if isinstance(e, ast.Starred)), None)
        length = _call("len", _name(sequence))
        statements.append(ast.Expr(_call("__pytk_unpack_check__", _name(sequence), ast.Constant(len(elements)),
                                         ast.Constant(star is not None))))
        for position, element in enumerate(elements):
            if isinstance(element, ast.Starred):
                after = len(elements) - position - 1
                part: ast.expr = ast.Subscript(_name(sequence), ast.Slice(
                    ast.Constant(position), ast.BinOp(length, ast.Sub(), ast.Constant(after))), ast.Load())
                statements += self.destructure(element.value, _call("list", part))
                continue
            if star is not None and position > star:
                index: ast.expr = ast.BinOp(length, ast.Sub(), ast.Constant(len(elements) - position))
            else:
                index = ast.Constant(position)
            statements += self.destructure(element, ast.Subscript(_name(sequence), index, ast.Load()))
        return statements

    def visit_Assign(self, node: ast.Assign):
        self.generic_visit(node)
        hoisted = self._statement_value(node, "value")
        prefix = hoisted[:-1] if isinstance(hoisted, list) else []
        result = self._assign(node)
        if not prefix:
            return result
        return [*prefix, *(result if isinstance(result, list) else [result])]

    def visit_AugAssign(self, node: ast.AugAssign):
        self.generic_visit(node)
        return self._statement_value(node, "value")

    def visit_AnnAssign(self, node: ast.AnnAssign):
        self.generic_visit(node)
        return self._statement_value(node, "value")

    def _assign(self, node: ast.Assign):
        literal = isinstance(node.value, (ast.Tuple, ast.List)) and not any(
            isinstance(e, ast.Starred) for e in node.value.elts)
        if not any(_needs_lowering(t) or (isinstance(t, (ast.Tuple, ast.List)) and not (
                literal and len(node.value.elts) == len(t.elts))) for t in node.targets):
            return node
        value = self.fresh("value")
        statements: list[ast.stmt] = [ast.Assign([_name(value, True)], node.value)]
        for target in node.targets:
            statements += self.destructure(target, _name(value))
        _place(statements, node)
        return statements

    def visit_For(self, node: ast.For | ast.AsyncFor):
        self.generic_visit(node)
        if _needs_lowering(node.target):
            item = self.fresh("item")
            unpack = self.destructure(node.target, _name(item))
            node.target = _name(item, True)
            node.body = unpack + node.body
            _place(unpack + [node.target], node)
        return node

    visit_AsyncFor = visit_For

    def visit_comprehension(self, node: ast.comprehension) -> ast.comprehension:
        self.generic_visit(node)
        return node

    def _comprehension_targets(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
        self.generic_visit(node)
        generators: list[ast.comprehension] = []
        for generator in node.generators:
            extra: list[ast.comprehension] = []
            if isinstance(generator.target, (ast.Tuple, ast.List)):
                if any(isinstance(e, ast.Starred) for e in generator.target.elts):
                    self.problems.append(Diagnostic(self.path, generator.target.lineno,
                                                    generator.target.col_offset + 1, "PTK203",
                                                    "starred targets in comprehensions are not supported in client code yet"))
                elements = []
                for element in generator.target.elts:
                    if isinstance(element, (ast.Tuple, ast.List)):
                        temp = self.fresh("part")
                        elements.append(_name(temp, True))
                        extra.append(ast.comprehension(element, ast.List([_name(temp)], ast.Load()), [], 0))
                    else:
                        elements.append(element)
                generator.target.elts = elements
            if extra:
                extra[-1].ifs, generator.ifs = generator.ifs, []
            generators += [generator, *extra]
            _place(extra, generator.target)
        node.generators = generators
        return node

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension_targets

    # -- displays --------------------------------------------------------------------------
    def _concatenate(self, node: ast.List | ast.Tuple | ast.Set) -> ast.expr:
        parts: list[ast.expr] = []
        run: list[ast.expr] = []
        for element in node.elts:
            if isinstance(element, ast.Starred):
                if run:
                    parts.append(ast.List(run, ast.Load()))
                    run = []
                parts.append(_call("list", element.value))
            else:
                run.append(element)
        if run:
            parts.append(ast.List(run, ast.Load()))
        result = parts[0]
        for part in parts[1:]:
            result = ast.BinOp(result, ast.Add(), part)
        return result

    def visit_List(self, node: ast.List):
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Load) and any(isinstance(e, ast.Starred) for e in node.elts):
            result = self._concatenate(node)
            _place([result], node)
            return result
        return node

    def visit_Tuple(self, node: ast.Tuple):
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Load) and any(isinstance(e, ast.Starred) for e in node.elts):
            result = _call("tuple", self._concatenate(node))
            _place([result], node)
            return result
        return node

    def visit_Set(self, node: ast.Set):
        self.generic_visit(node)
        if any(isinstance(e, ast.Starred) for e in node.elts):
            result = _call("set", self._concatenate(node))
            _place([result], node)
            return result
        return node

    def visit_Dict(self, node: ast.Dict):
        self.generic_visit(node)
        if not any(key is None for key in node.keys):
            return node
        parts: list[ast.expr] = []
        keys: list[ast.expr | None] = []
        values: list[ast.expr] = []
        for key, value in zip(node.keys, node.values):
            if key is None:
                if keys:
                    parts.append(ast.Dict(keys, values))
                    keys, values = [], []
                parts.append(value)
            else:
                keys.append(key)
                values.append(value)
        if keys:
            parts.append(ast.Dict(keys, values))
        result = _call("__pytk_dict_merge__", ast.List(parts, ast.Load()))
        _place([result], node)
        return result

    # -- del -------------------------------------------------------------------------------
    def visit_Delete(self, node: ast.Delete):
        self.generic_visit(node)
        statements: list[ast.stmt] = []
        others: list[ast.expr] = []
        for target in node.targets:
            if isinstance(target, ast.Subscript):
                container = target.value
                if isinstance(target.slice, ast.Slice):
                    bounds = [target.slice.lower, target.slice.upper, target.slice.step]
                    call = _call("__pytk_delslice__", container, *[b or ast.Constant(None) for b in bounds])
                else:
                    call = _call("__pytk_delitem__", container, target.slice)
                statements.append(ast.Expr(call))
            else:
                others.append(target)
        if others:
            statements.insert(0, ast.Delete(others))
        _place(statements, node)
        return statements

    # -- := --------------------------------------------------------------------------------
    def hoist(self, expression: ast.expr) -> tuple[ast.expr, list[ast.stmt]]:
        """Replace each top-level ``:=`` in ``expression`` with its target; return the assignments."""
        assignments: list[ast.stmt] = []
        problems = self.problems

        class Hoister(ast.NodeTransformer):
            def visit_NamedExpr(self, node: ast.NamedExpr):
                self.generic_visit(node)
                assignments.append(ast.Assign([_name(node.target.id, True)], node.value))
                _place([assignments[-1]], node)
                return ast.copy_location(_name(node.target.id), node)

            def refuse(self, node: ast.AST):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.NamedExpr):
                        problems.append(Diagnostic(Path(), inner.lineno, inner.col_offset + 1, "PTK203", ""))
                return node

            visit_BoolOp = visit_IfExp = visit_Lambda = refuse
            visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = refuse

        expression = Hoister().visit(expression)
        for problem in [p for p in self.problems if p.path == Path()]:
            self.problems.remove(problem)
            self.problems.append(Diagnostic(self.path, problem.line, problem.col, "PTK203",
                                            "':=' is supported in client code only at the top of an if, elif or "
                                            "while test or a statement's value, not inside 'and'/'or', "
                                            "conditional expressions, lambdas or comprehensions"))
        return expression, assignments

    def generic_visit(self, node: ast.AST) -> ast.AST:
        node = super().generic_visit(node)
        return node

    def _statement_value(self, node: ast.stmt, field: str):
        value = getattr(node, field, None)
        if value is None or not any(isinstance(n, ast.NamedExpr) for n in ast.walk(value)):
            return node
        value, assignments = self.hoist(value)
        setattr(node, field, value)
        return [*assignments, node]

    def visit_Expr(self, node: ast.Expr):
        self.generic_visit(node)
        return self._statement_value(node, "value")

    def visit_Return(self, node: ast.Return):
        self.generic_visit(node)
        return self._statement_value(node, "value")

    def visit_If(self, node: ast.If):
        self.generic_visit(node)
        return self._statement_value(node, "test")

    def visit_While(self, node: ast.While):
        self.generic_visit(node)
        if not any(isinstance(n, ast.NamedExpr) for n in ast.walk(node.test)):
            return node
        test, assignments = self.hoist(node.test)
        if node.orelse:
            self.problems.append(Diagnostic(self.path, node.lineno, node.col_offset + 1, "PTK203",
                                            "':=' in the test of a 'while' with an 'else' is not supported in "
                                            "client code yet"))
            return node
        stop = ast.If(ast.UnaryOp(ast.Not(), test), [ast.Break()], [])
        _place([stop], node.test)
        node.test = ast.copy_location(ast.Constant(True), node.test)
        node.body = [*assignments, stop, *node.body]
        return node


def lower_unpacking(tree: ast.Module, path: Path) -> list[Diagnostic]:
    """Apply the rewrites in place; return what could not be lowered."""
    lowerer = _Unpacking(path)
    lowerer.visit(tree)
    ast.fix_missing_locations(tree)
    reported = {(p.line, p.col) for p in lowerer.problems if p.code == "PTK203"}
    for node in ast.walk(tree):  # any := left is one this pass cannot place: refuse it, loudly
        if isinstance(node, ast.NamedExpr) and (node.lineno, node.col_offset + 1) not in reported:
            lowerer.problems.append(Diagnostic(path, node.lineno, node.col_offset + 1, "PTK203",
                                               "':=' is not supported here in client code yet"))
    return lowerer.problems
