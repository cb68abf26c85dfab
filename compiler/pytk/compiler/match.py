"""Lower ``match`` statements into ``if`` chains the generator translates faithfully.

Each ``case`` becomes a test of the subject (held in a temporary) followed by the pattern's
bindings, the guard and the body; a flag records that a case ran, so later cases are skipped.
Class patterns use ``__match_args__`` for positional sub-patterns (lowered dataclasses define
it), and the builtin types that match themselves (``int(x)``, ``str(s)`` ...) bind the subject.
"""
from __future__ import annotations

import ast
import itertools
from pathlib import Path

from pytk.compiler.diagnostics import Diagnostic

SELF_MATCHING = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"}


class Unsupported(Exception):
    def __init__(self, node: ast.AST, message: str):
        super().__init__(message)
        self.node = node


def _name(identifier: str) -> ast.Name:
    return ast.Name(identifier, ast.Load())


def _call(function: str, *args: ast.expr) -> ast.Call:
    return ast.Call(_name(function), list(args), [])


def _and(conditions: list[ast.expr]) -> ast.expr:
    conditions = [c for c in conditions if not (isinstance(c, ast.Constant) and c.value is True)]
    if not conditions:
        return ast.Constant(True)
    return conditions[0] if len(conditions) == 1 else ast.BoolOp(ast.And(), conditions)


def _index(subject: ast.expr, index: ast.expr) -> ast.expr:
    return ast.Subscript(subject, index, ast.Load())


def _assign(name: str, value: ast.expr) -> ast.stmt:
    return ast.Assign([ast.Name(name, ast.Store())], value)


def pattern_test(pattern: ast.pattern, subject: ast.expr) -> tuple[ast.expr, list[ast.stmt]]:
    """The condition under which ``pattern`` matches ``subject``, and the bindings it makes.

    Conditions of sub-patterns only run after their enclosing checks passed (``and`` short-circuits),
    so ``subject[0]`` is only evaluated once the subject is known to be a long enough sequence.
    """
    if isinstance(pattern, ast.MatchValue):
        return ast.Compare(subject, [ast.Eq()], [pattern.value]), []
    if isinstance(pattern, ast.MatchSingleton):
        return ast.Compare(subject, [ast.Is()], [ast.Constant(pattern.value)]), []
    if isinstance(pattern, ast.MatchAs):
        if pattern.pattern is None:
            return ast.Constant(True), ([_assign(pattern.name, subject)] if pattern.name else [])
        condition, bindings = pattern_test(pattern.pattern, subject)
        return condition, bindings + ([_assign(pattern.name, subject)] if pattern.name else [])
    if isinstance(pattern, ast.MatchOr):
        tests = [pattern_test(p, subject) for p in pattern.patterns]
        if any(bindings for _, bindings in tests):
            raise Unsupported(pattern, "or-patterns that bind names are not supported in client code yet")
        return ast.BoolOp(ast.Or(), [condition for condition, _ in tests]), []
    if isinstance(pattern, ast.MatchSequence):
        return _sequence(pattern, subject)
    if isinstance(pattern, ast.MatchMapping):
        return _mapping(pattern, subject)
    if isinstance(pattern, ast.MatchClass):
        return _class(pattern, subject)
    raise Unsupported(pattern, f"the pattern '{ast.unparse(pattern)}' is not supported in client code yet")


def _sequence(pattern: ast.MatchSequence, subject: ast.expr) -> tuple[ast.expr, list[ast.stmt]]:
    stars = [i for i, p in enumerate(pattern.patterns) if isinstance(p, ast.MatchStar)]
    count = len(pattern.patterns) - len(stars)
    is_sequence = _call("isinstance", subject, ast.Tuple([_name("list"), _name("tuple")], ast.Load()))
    length = _call("len", subject)
    size = ast.Compare(length, [ast.GtE() if stars else ast.Eq()], [ast.Constant(count)])
    conditions, bindings = [is_sequence, size], []
    star = stars[0] if stars else None
    for position, sub in enumerate(pattern.patterns):
        if isinstance(sub, ast.MatchStar):
            if sub.name:
                after = len(pattern.patterns) - position - 1
                stop = ast.BinOp(length, ast.Sub(), ast.Constant(after))
                bindings.append(_assign(sub.name, _call("list", ast.Subscript(
                    subject, ast.Slice(ast.Constant(position), stop), ast.Load()))))
            continue
        if star is not None and position > star:
            index: ast.expr = ast.BinOp(length, ast.Sub(), ast.Constant(len(pattern.patterns) - position))
        else:
            index = ast.Constant(position)
        condition, inner = pattern_test(sub, _index(subject, index))
        conditions.append(condition)
        bindings += inner
    return _and(conditions), bindings


def _mapping(pattern: ast.MatchMapping, subject: ast.expr) -> tuple[ast.expr, list[ast.stmt]]:
    conditions: list[ast.expr] = [_call("isinstance", subject, _name("dict"))]
    bindings: list[ast.stmt] = []
    for key, sub in zip(pattern.keys, pattern.patterns):
        conditions.append(ast.Compare(key, [ast.In()], [subject]))
        condition, inner = pattern_test(sub, _index(subject, key))
        conditions.append(condition)
        bindings += inner
    if pattern.rest:
        keys = ast.List(list(pattern.keys), ast.Load())
        rest = ast.DictComp(_name("_pytk_k"), ast.Subscript(subject, _name("_pytk_k"), ast.Load()), [
            ast.comprehension(ast.Name("_pytk_k", ast.Store()), subject,
                              [ast.Compare(_name("_pytk_k"), [ast.NotIn()], [keys])], 0)])
        bindings.append(_assign(pattern.rest, rest))
    return _and(conditions), bindings


def _class(pattern: ast.MatchClass, subject: ast.expr) -> tuple[ast.expr, list[ast.stmt]]:
    conditions: list[ast.expr] = [_call("isinstance", subject, pattern.cls)]
    bindings: list[ast.stmt] = []
    class_name = pattern.cls.id if isinstance(pattern.cls, ast.Name) else ""
    for position, sub in enumerate(pattern.patterns):
        if class_name in SELF_MATCHING and position == 0:
            target = subject
        else:
            field = _index(ast.Attribute(pattern.cls, "__match_args__", ast.Load()), ast.Constant(position))
            target = _call("getattr", subject, field)
        condition, inner = pattern_test(sub, target)
        conditions.append(condition)
        bindings += inner
    for attribute, sub in zip(pattern.kwd_attrs, pattern.kwd_patterns):
        target = ast.Attribute(subject, attribute, ast.Load())
        conditions.append(_call("hasattr", subject, ast.Constant(attribute)))
        condition, inner = pattern_test(sub, target)
        conditions.append(condition)
        bindings += inner
    return _and(conditions), bindings


class _Lowerer(ast.NodeTransformer):
    def __init__(self, path: Path):
        self.path = path
        self.counter = itertools.count(1)
        self.problems: list[Diagnostic] = []

    def visit_Match(self, node: ast.Match) -> list[ast.stmt] | ast.stmt:
        self.generic_visit(node)
        number = next(self.counter)
        subject, done = f"_pytk_subject_{number}", f"_pytk_matched_{number}"
        statements: list[ast.stmt] = [_assign(subject, node.subject), _assign(done, ast.Constant(False))]
        for case in node.cases:
            try:
                condition, bindings = pattern_test(case.pattern, _name(subject))
            except Unsupported as problem:
                self.problems.append(Diagnostic(self.path, problem.node.lineno, problem.node.col_offset + 1,
                                                "PTK202", str(problem)))
                return node
            body = [_assign(done, ast.Constant(True)), *case.body]
            if case.guard is not None:
                body = [ast.If(case.guard, body, [])]
            test = ast.BoolOp(ast.And(), [ast.UnaryOp(ast.Not(), _name(done)), condition]) if not (
                isinstance(condition, ast.Constant)) else ast.UnaryOp(ast.Not(), _name(done))
            statement = ast.If(test, [*bindings, *body], [])
            for child in ast.walk(statement):
                if not hasattr(child, "lineno") or child is statement or child in bindings:
                    ast.copy_location(child, case.pattern)
            statements.append(statement)
        for statement in statements[:2]:
            for child in ast.walk(statement):
                if not hasattr(child, "lineno"):
                    ast.copy_location(child, node)
        return statements


def lower_match(tree: ast.Module, path: Path) -> list[Diagnostic]:
    """Rewrite every ``match`` statement in place; return what could not be lowered."""
    lowerer = _Lowerer(path)
    lowerer.visit(tree)
    ast.fix_missing_locations(tree)
    return lowerer.problems
