"""Code actions.

On a Service interface in ``shared/`` that nothing in ``server/`` implements yet, "Create the
server implementation" appends to ``<app>/server/services.py`` (created if missing)::

    class GreetServiceImpl(GreetService):
        async def greet(self, name: str) -> Greeting:
            raise NotImplementedError

with the imports the stubs need. The fixes of the compiler's diagnostics are in
:mod:`pytk.lsp.fixes`.
"""
from __future__ import annotations

import ast
import builtins
from pathlib import Path

from lsprotocol import types

from pytk.lsp import services
from pytk.lsp.text import lines_of
from pytk.lsp.workspace import Placement, path_to_uri

TITLE = "Create the server implementation of {name} in {file}"
FILE_HEADER = '"""The service implementations. They run in the server only (CPython)."""\n'


def code_actions(placement: Placement, source: str, requested: types.Range,
                 overrides: dict[Path, str], can_create_files: bool,
                 versions: dict[Path, int]) -> list[types.CodeAction]:
    if placement.part != "shared" or placement.module is None:
        return []
    tree = services.parse(source)
    if tree is None:
        return []
    config = placement.config
    target = (config.package_dir / "server" / "services.py").resolve()
    found = []
    for interface in services.interfaces_in(tree, placement.module, placement.path):
        first, last = interface.node.lineno - 1, (interface.node.end_lineno or interface.node.lineno) - 1
        if requested.end.line < first or requested.start.line > last:
            continue
        if services.implementations(config, interface.name, overrides):
            continue
        edit = implementation_edit(interface, tree, target, overrides, can_create_files, versions.get(target))
        if edit is None:
            continue
        found.append(types.CodeAction(
            title=TITLE.format(name=interface.name, file=f"{config.name}/server/services.py"),
            kind=types.CodeActionKind.QuickFix, edit=edit))
    return found


def stub_class(interface: services.Interface, name: str) -> str:
    """The text of a class implementing every public method of the interface."""
    lines = [f"class {name}({interface.name}):"]
    for method in interface.methods():
        keyword = "async def" if isinstance(method, ast.AsyncFunctionDef) else "def"
        returns = f" -> {ast.unparse(method.returns)}" if method.returns is not None else ""
        lines.append(f"    {keyword} {method.name}({ast.unparse(method.args)}){returns}:")
        lines.append("        raise NotImplementedError")
        lines.append("")
    if len(lines) == 1:
        lines.append("    pass")
    return "\n".join(lines).rstrip("\n") + "\n"


def needed_imports(interface: services.Interface, shared_tree: ast.Module) -> dict[str, list[str]]:
    """``{module: [names]}`` that the stubs need: the interface and the names in their
    annotations, from where the shared module gets them."""
    defined = _top_level_definitions(shared_tree)
    imported = _imported_names(shared_tree, interface.module)
    wanted: dict[str, list[str]] = {interface.module: [interface.name]}
    for method in interface.methods():
        annotations = [a.annotation for a in (*method.args.posonlyargs, *method.args.args,
                                              *method.args.kwonlyargs, method.args.vararg, method.args.kwarg)
                       if a is not None and a.annotation is not None]
        if method.returns is not None:
            annotations.append(method.returns)
        for annotation in annotations:
            for node in ast.walk(annotation):
                if not isinstance(node, ast.Name) or hasattr(builtins, node.id):
                    continue
                if node.id in defined:
                    module, name = interface.module, node.id
                elif node.id in imported and imported[node.id][1]:
                    module, name = imported[node.id]
                else:
                    continue  # a builtin, or a module used as ``typing.Optional``: left to the author
                if name not in wanted.setdefault(module, []):
                    wanted[module].append(name)
    return wanted


def implementation_edit(interface: services.Interface, shared_tree: ast.Module, target: Path,
                        overrides: dict[Path, str], can_create_files: bool,
                        version: int | None) -> types.WorkspaceEdit | None:
    name = f"{interface.name}Impl"
    wanted = needed_imports(interface, shared_tree)
    existing = services.read(target, overrides)
    uri = path_to_uri(target)
    if existing is None:
        if not can_create_files:
            return None
        text = FILE_HEADER + "".join(_import_line(m, names) for m, names in wanted.items()) \
            + "\n\n" + stub_class(interface, name)
        changes: list = []
        init = target.parent / "__init__.py"
        if not init.exists():
            changes.append(types.CreateFile(uri=path_to_uri(init),
                                            options=types.CreateFileOptions(ignore_if_exists=True)))
        changes.append(types.CreateFile(uri=uri, options=types.CreateFileOptions(ignore_if_exists=True)))
        changes.append(_document_edit(uri, None, [_insert(0, text)]))
        return types.WorkspaceEdit(document_changes=changes)
    edits = _import_edits(existing, wanted) + [_append(existing, stub_class(interface, name))]
    if can_create_files:  # a client that creates files takes versioned document edits too
        return types.WorkspaceEdit(document_changes=[_document_edit(uri, version, edits)])
    return types.WorkspaceEdit(changes={uri: edits})


def _import_edits(source: str, wanted: dict[str, list[str]]) -> list[types.TextEdit]:
    tree = services.parse(source)
    lines = lines_of(source)
    bound = _top_level_definitions(tree) | set(_imported_names(tree, "")) if tree is not None else set()
    edits, new_lines = [], []
    for module, names in wanted.items():
        missing = [n for n in names if n not in bound]
        if not missing:
            continue
        merged = _mergeable_import(tree, lines, module) if tree is not None else None
        if merged is not None:
            node = merged
            names_there = [a.name for a in node.names]
            edits.append(types.TextEdit(
                range=types.Range(start=types.Position(line=node.lineno - 1, character=0),
                                  end=types.Position(line=node.lineno, character=0)),
                new_text=_import_line(module, sorted({*names_there, *missing}, key=str.lower))))
        else:
            new_lines.append(_import_line(module, missing))
    if new_lines:
        edits.append(_insert(_import_insert_line(tree), "".join(new_lines)))
    return edits


def _mergeable_import(tree: ast.Module, lines: list[str], module: str) -> ast.ImportFrom | None:
    for node in tree.body:
        if (isinstance(node, ast.ImportFrom) and node.module == module and node.level == 0
                and node.lineno == node.end_lineno and "(" not in lines[node.lineno - 1]
                and ";" not in lines[node.lineno - 1] and not lines[node.lineno - 1].startswith((" ", "\t"))
                and all(a.asname is None and a.name != "*" for a in node.names)):
            return node
    return None


def _import_insert_line(tree: ast.Module | None) -> int:
    """The line (0-based) before which new imports go: after the last top-level import, or
    after the module's docstring, or at the top."""
    if tree is None or not tree.body:
        return 0
    imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    if imports:
        return imports[-1].end_lineno or imports[-1].lineno
    first = tree.body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        return first.end_lineno or first.lineno
    return 0


def _append(source: str, text: str) -> types.TextEdit:
    lines = source.split("\n")
    trailing = len(source) - len(source.rstrip("\n"))
    prefix = "\n" * max(0, 3 - trailing) if source.strip() else ""
    # Insert at the very end of the text: the last line, after its last character.
    end = types.Position(line=len(lines) - 1, character=len(lines[-1].encode("utf-16-le")) // 2)
    return types.TextEdit(range=types.Range(start=end, end=end), new_text=prefix + text)


def _insert(line: int, text: str) -> types.TextEdit:
    point = types.Position(line=line, character=0)
    return types.TextEdit(range=types.Range(start=point, end=point), new_text=text)


def _document_edit(uri: str, version: int | None, edits: list[types.TextEdit]) -> types.TextDocumentEdit:
    return types.TextDocumentEdit(
        text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version), edits=edits)


def _import_line(module: str, names: list[str]) -> str:
    return f"from {module} import {', '.join(names)}\n"


def _top_level_definitions(tree: ast.Module | None) -> set[str]:
    found = set()
    for node in tree.body if tree is not None else []:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            found.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Name):
                    found.add(target.id)
    return found


def _imported_names(tree: ast.Module | None, module: str) -> dict[str, tuple[str, str]]:
    """``{bound name: (absolute module, name)}`` for the module's top-level ``from`` imports."""
    found = {}
    for node in tree.body if tree is not None else []:
        if isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                package = module.split(".")[:-node.level] if module else []
                source = ".".join([*package, source] if source else package)
            for alias in node.names:
                if alias.name != "*":
                    found[alias.asname or alias.name] = (source, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                bound = alias.asname or alias.name.split(".")[0]
                found[bound] = (alias.name, "")
    return found
