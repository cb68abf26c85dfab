"""Lower function-related constructs the generator gets wrong.

* decorators of functions and classes outside class bodies become explicit calls after the
  definition (``f = outer(inner(f))``): stacked decorators with arguments otherwise produce
  broken JavaScript;
* every function ends with ``return None``: JavaScript would return ``undefined``, which is
  not ``None``;
* ``for i in range(...)`` binds ``i`` from a hidden counter, so after the loop ``i`` holds the
  last value, as in Python (the generator's numeric loop would leave it one past the end);
* lambda defaults are evaluated when the lambda is made, not when it is called;
* a name a function declares ``global`` exists at module level even before it is assigned;
* positional-only parameters (``/``) become ordinary ones (the generator ignores them); their
  count is kept on the ``arguments`` node for the checked prologue (argument_checks.py).
"""
from __future__ import annotations

import ast
import itertools

from pytk.compiler.argument_checks import POSITIONAL_ONLY
from pytk.compiler.astutil import lambda_of, located

KEPT_DECORATORS = {"property", "staticmethod", "classmethod", "setter", "getter", "deleter"}


def _decorator_name(decorator: ast.expr) -> str:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return target.attr if isinstance(target, ast.Attribute) else target.id if isinstance(target, ast.Name) else ""


class _Functions(ast.NodeTransformer):
    def __init__(self) -> None:
        self.counter = itertools.count(1)
        self.in_class = False

    def _body(self, body: list[ast.stmt]) -> list[ast.stmt]:
        result: list[ast.stmt] = []
        for statement in body:
            visited = self.visit(statement)
            for item in visited if isinstance(visited, list) else [visited]:
                result.append(item)
                if not self.in_class and isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    result += self._apply_decorators(item)
        return result

    def _apply_decorators(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> list[ast.stmt]:
        if not node.decorator_list or any(_decorator_name(d) in KEPT_DECORATORS for d in node.decorator_list):
            return []
        value: ast.expr = ast.Name(node.name, ast.Load())
        for decorator in reversed(node.decorator_list):
            value = ast.Call(decorator, [value], [])
        node.decorator_list = []
        return [located(ast.Assign([ast.Name(node.name, ast.Store())], value), node)]

    def visit_Module(self, node: ast.Module) -> ast.Module:
        node.body = self._body(node.body)
        return node

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef):
        setattr(node.args, POSITIONAL_ONLY, len(node.args.posonlyargs))
        node.args.args = [*node.args.posonlyargs, *node.args.args]
        node.args.posonlyargs = []
        outer, self.in_class = self.in_class, False
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.body = self._body(node.body)
        self.in_class = outer
        if not isinstance(node.body[-1], (ast.Return, ast.Raise)):
            node.body.append(located(ast.Return(ast.Constant(None)), node.body[-1]))
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = _function

    def visit_ClassDef(self, node: ast.ClassDef):
        outer, self.in_class = self.in_class, True
        node.body = self._body(node.body)
        self.in_class = outer
        return node

    def _block(self, node: ast.AST):
        for field in ("body", "orelse", "finalbody"):
            if isinstance(getattr(node, field, None), list):
                setattr(node, field, self._body(getattr(node, field)))
        for handler in getattr(node, "handlers", []):
            handler.body = self._body(handler.body)
        for case in getattr(node, "cases", []):
            case.body = self._body(case.body)
        for field in ("test", "iter", "target", "items", "subject"):
            value = getattr(node, field, None)
            if isinstance(value, ast.AST):
                setattr(node, field, self.visit(value))
            elif isinstance(value, list):
                setattr(node, field, [self.visit(v) for v in value])
        return node

    visit_If = visit_While = visit_With = visit_AsyncWith = visit_Try = visit_TryStar = visit_Match = _block

    def visit_For(self, node: ast.For):
        node = self._block(node)
        if (isinstance(node.target, ast.Name) and isinstance(node.iter, ast.Call)
                and isinstance(node.iter.func, ast.Name) and node.iter.func.id == "range"):
            counter = f"_pytk_range_{next(self.counter)}"
            bind = located(ast.Assign([ast.Name(node.target.id, ast.Store())], ast.Name(counter, ast.Load())), node.target)
            node.target = located(ast.Name(counter, ast.Store()), node.target)
            node.body.insert(0, bind)
        return node

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
        """A lambda made in a comprehension over ``range`` sees the last value, not one past it."""
        self.generic_visit(node)
        if not any(isinstance(n, ast.Lambda) for n in ast.walk(node)):
            return node
        generators = []
        for generator in node.generators:
            iterable = generator.iter
            if (isinstance(generator.target, ast.Name) and isinstance(iterable, ast.Call)
                    and isinstance(iterable.func, ast.Name) and iterable.func.id == "range"):
                counter = f"_pytk_range_{next(self.counter)}"
                bind = ast.comprehension(generator.target, ast.List([ast.Name(counter, ast.Load())], ast.Load()),
                                         generator.ifs, 0)
                generator.target, generator.ifs = ast.Name(counter, ast.Store()), []
                generators += [generator, located(bind, generator.target)]
            else:
                generators.append(generator)
        node.generators = generators
        return node

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comprehension

    def visit_Lambda(self, node: ast.Lambda):
        setattr(node.args, POSITIONAL_ONLY, len(node.args.posonlyargs))
        node.args.args = [*node.args.posonlyargs, *node.args.args]
        node.args.posonlyargs = []
        self.generic_visit(node)
        defaults = [d for d in [*node.args.defaults, *node.args.kw_defaults] if d is not None]
        if not defaults or all(isinstance(d, ast.Constant) for d in defaults):
            return node
        names: list[str] = []

        def hold(default: ast.expr | None) -> ast.expr | None:
            if default is None or isinstance(default, ast.Constant):
                return default
            names.append(f"_pytk_default_{next(self.counter)}")
            return ast.Name(names[-1], ast.Load())

        values = [d for d in [*node.args.defaults, *node.args.kw_defaults] if d is not None and not isinstance(d, ast.Constant)]
        node.args.defaults = [hold(d) for d in node.args.defaults]
        node.args.kw_defaults = [hold(d) for d in node.args.kw_defaults]
        maker = lambda_of(names, node)
        return located(ast.Call(maker, values, []), node)


def declare_globals(tree: ast.Module) -> None:
    """Give names that functions declare ``global`` a module-level binding."""
    assigned = {t.id for n in tree.body for t in ast.walk(n) if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)
                and not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    assigned |= {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            assigned |= {(a.asname or a.name).split(".")[0] for a in node.names}
    declared = sorted({name for n in ast.walk(tree) if isinstance(n, ast.Global) for name in n.names} - assigned)
    anchor = tree.body[0] if tree.body else tree
    tree.body[0:0] = [located(ast.Assign([ast.Name(name, ast.Store())], ast.Constant(None)), anchor)
                      for name in declared]


def lower_functions(tree: ast.Module) -> None:
    """Apply the rewrites in the module docstring, in place."""
    _Functions().visit(tree)
    declare_globals(tree)
