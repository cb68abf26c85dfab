"""The language server's parts, without a client: positions, placement, import contexts,
the stale-result rule and the generated server implementation."""
from __future__ import annotations

import ast
import asyncio
import concurrent.futures
import time
from pathlib import Path

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from pytk.compiler.diagnostics import Diagnostic
from pytk.lsp import actions, diagnostics, services
from pytk.lsp.completion import ImportContext, absolute, import_context
from pytk.lsp.text import token_span
from pytk.lsp.workspace import Apps
from pytk.scaffold import create_app

UTF16 = PositionCodec()


def test_a_diagnostic_covers_the_token_at_its_column():
    lines = ["x = 1", "from demo.server.services import Impl", "import os, json", "def f(:"]
    import_problem = diagnostics.to_lsp(Diagnostic(Path("m.py"), 2, 1, "PTK101", "no"), lines, UTF16)
    assert (import_problem.range.start.character, import_problem.range.end.character) == (0, 25)
    second_alias = diagnostics.to_lsp(Diagnostic(Path("m.py"), 3, 12, "PTK103", "no"), lines, UTF16)
    assert (second_alias.range.start.line, second_alias.range.start.character,
            second_alias.range.end.character) == (2, 11, 15)
    syntax = diagnostics.to_lsp(Diagnostic(Path("m.py"), 4, 7, "PTK001", "syntax error"), lines, UTF16)
    assert (syntax.range.start.character, syntax.range.end.character) == (6, 7)
    past_the_end = diagnostics.to_lsp(Diagnostic(Path("m.py"), 9, 40, "PTK001", "eof"), lines, UTF16)
    assert past_the_end.range.start.line == 3


def test_columns_count_utf8_bytes_in_and_utf16_units_out():
    # ast's col_offset counts UTF-8 bytes; the protocol counts UTF-16 code units.
    line = "s = '\U0001F600é'; import json"
    byte_column = line.encode("utf-8").index(b"json") + 1
    found = diagnostics.to_lsp(Diagnostic(Path("m.py"), 1, byte_column, "PTK103", "no"), [line], UTF16)
    utf16 = len(line[:line.index("json")].encode("utf-16-le")) // 2
    assert (found.range.start.character, found.range.end.character) == (utf16, utf16 + 4)


def test_token_span():
    assert token_span("import hello.server", 7) == (7, 19)
    assert token_span("abc", 10) == (2, 3)
    assert token_span("", 0) == (0, 0)
    assert token_span("f(:", 2) == (2, 3)


def test_where_a_file_belongs(tmp_path: Path):
    create_app(tmp_path / "demo")
    apps = Apps()
    client = apps.locate((tmp_path / "demo" / "demo" / "client" / "main.py").as_uri())
    assert (client.module, client.part, client.client_side) == ("demo.client.main", "client", True)
    server = apps.locate((tmp_path / "demo" / "demo" / "server" / "services.py").as_uri())
    assert (server.part, server.client_side) == ("server", False)
    package = apps.locate((tmp_path / "demo" / "demo" / "shared" / "__init__.py").as_uri())
    assert (package.module, package.part) == ("demo.shared", "shared")
    assert apps.locate((tmp_path / "demo" / "tests" / "test_x.py").as_uri()).part == "outside"
    assert apps.locate((tmp_path / "elsewhere.py").as_uri()) is None
    assert apps.locate("untitled:Untitled-1") is None
    assert apps.locate("::not a uri::") is None
    assert [c.name for c in apps.discover([tmp_path])] == ["demo"]


def test_import_contexts(tmp_path: Path):
    create_app(tmp_path / "demo")
    placement = Apps().locate((tmp_path / "demo" / "demo" / "client" / "views" / "list.py").as_uri())
    assert import_context("import o", placement).kind == "module"
    assert import_context("import os, ma", placement).kind == "module"
    assert import_context("from demo.sh", placement).kind == "module"
    assert import_context("from pytk.widgets import Bu", placement) == ImportContext("name", "pytk.widgets")
    assert import_context("from ..shared import x", placement).module == "demo.client.shared"
    assert import_context("x = imported", placement) is None
    assert absolute(".", placement) == "demo.client.views"
    assert absolute("...shared.models", placement) == "demo.shared.models"


class _Recorder:
    """Stands for the server: no open documents, and what would be sent is kept."""

    def __init__(self):
        self.published: list[types.PublishDiagnosticsParams] = []
        self.workspace = type("Workspace", (), {"text_documents": {}, "position_codec": UTF16})()

    def text_document_publish_diagnostics(self, params):
        self.published.append(params)


def test_a_result_older_than_the_newest_request_is_not_published(tmp_path: Path, monkeypatch):
    create_app(tmp_path / "demo")
    apps = Apps()
    main = tmp_path / "demo" / "demo" / "client" / "main.py"
    config = apps.locate(main.as_uri()).config
    started = []

    def slow_check(config, overrides, extra, cache):
        started.append(len(started) + 1)
        time.sleep(0.2)
        return [Diagnostic(main, 1, 1, "PTK101", f"analysis {len(started)}")]

    monkeypatch.setattr(diagnostics, "check_app", slow_check)

    async def scenario(server: _Recorder):
        publisher = diagnostics.DiagnosticsPublisher(server, apps, delay=0)
        publisher.schedule(config)
        while not started:
            await asyncio.sleep(0.01)
        publisher.schedule(config, delay=0.05)  # an edit while the first analysis runs
        publisher._requested[config.root] += 1  # ... and another, whose timer has not fired yet
        await asyncio.sleep(0.4)
        after_first = list(server.published)
        publisher.schedule(config)
        while len(server.published) == len(after_first):
            await asyncio.sleep(0.01)
        publisher.close()
        return after_first

    server = _Recorder()
    # A loop of its own, on a thread: other tests in the session (Playwright's) may keep one running here.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        after_first = pool.submit(asyncio.run, asyncio.wait_for(scenario(server), 10)).result()
    assert after_first == []  # neither the first result nor the second was newest when done
    [sent] = server.published
    assert sent.uri == main.as_uri() and sent.diagnostics[0].message == f"analysis {len(started)}"


def test_files_whose_problems_are_gone_are_cleared(tmp_path: Path):
    create_app(tmp_path / "demo")
    apps = Apps()
    main = tmp_path / "demo" / "demo" / "client" / "main.py"
    config = apps.locate(main.as_uri()).config
    server = _Recorder()
    publisher = diagnostics.DiagnosticsPublisher(server, apps)
    publisher.publish(config.root, [Diagnostic(main, 1, 1, "PTK101", "no")], {})
    publisher.publish(config.root, [], {})
    publisher.publish(config.root, [], {})
    publisher.close()
    assert [(p.uri, len(p.diagnostics)) for p in server.published] == [(main.as_uri(), 1), (main.as_uri(), 0)]


INTERFACE = '''"""Shared."""
from dataclasses import dataclass
from typing import Optional

from pytk.rpc import Service
from .models import Tag


@dataclass
class Item:
    title: str


class TodoService(Service):
    async def add(self, title: str, tag: Optional[Tag] = None) -> Item: ...

    async def count(self) -> int: ...

    async def _private(self) -> None: ...
'''


def _interface(module: str = "demo.shared.todo") -> tuple[services.Interface, ast.Module]:
    tree = ast.parse(INTERFACE)
    [interface] = services.interfaces_in(tree, module, Path("todo.py"))
    return interface, tree


def test_stubs_and_their_imports():
    interface, tree = _interface()
    assert actions.stub_class(interface, "TodoServiceImpl") == (
        "class TodoServiceImpl(TodoService):\n"
        "    async def add(self, title: str, tag: Optional[Tag]=None) -> Item:\n"
        "        raise NotImplementedError\n\n"
        "    async def count(self) -> int:\n"
        "        raise NotImplementedError\n")
    assert actions.needed_imports(interface, tree) == {
        "demo.shared.todo": ["TodoService", "Item"], "typing": ["Optional"], "demo.shared.models": ["Tag"]}


def test_the_implementation_file_is_created_when_missing(tmp_path: Path):
    interface, tree = _interface()
    target = tmp_path / "demo" / "server" / "services.py"
    edit = actions.implementation_edit(interface, tree, target, {}, can_create_files=True, version=None)
    kinds = [type(change).__name__ for change in edit.document_changes]
    assert kinds == ["CreateFile", "CreateFile", "TextDocumentEdit"]
    text = edit.document_changes[2].edits[0].new_text
    assert "from demo.shared.todo import TodoService, Item\n" in text and "class TodoServiceImpl" in text
    compile(text, "services.py", "exec")
    assert actions.implementation_edit(interface, tree, target, {}, can_create_files=False, version=None) is None


def test_imports_merge_into_an_existing_line(tmp_path: Path):
    interface, tree = _interface()
    target = tmp_path / "services.py"
    existing = '"""Impls."""\nfrom demo.shared.todo import Item\n\n\nclass Other:\n    pass\n'
    edit = actions.implementation_edit(interface, tree, target, {target: existing}, can_create_files=False,
                                       version=None)
    edits = edit.changes[target.as_uri()]
    assert edits[0].new_text == "from demo.shared.todo import Item, TodoService\n"
    assert edits[0].range.start.line == 1 and edits[0].range.end.line == 2
    assert edits[-1].new_text.startswith("\n\nclass TodoServiceImpl(TodoService):")


def test_the_lsp_command():
    from click.testing import CliRunner

    from pytk.cli import main

    result = CliRunner().invoke(main, ["lsp", "--help"])
    assert result.exit_code == 0 and "--log-level" in result.output
    assert "lsp" in CliRunner().invoke(main, ["--help"]).output
    assert CliRunner().invoke(main, ["lsp", "--log-level", "loud"]).exit_code == 2


def _fix_texts(tmp_path: Path, relative: str, source: str, problem: Diagnostic) -> dict[str, list]:
    from pytk.lsp import fixes

    if not (tmp_path / "demo").exists():
        create_app(tmp_path / "demo")
    path = tmp_path / "demo" / "demo" / relative
    placement = Apps().locate(path.as_uri())
    published = diagnostics.to_lsp(problem, source.split("\n"), UTF16)
    found = fixes.quick_fixes(placement, path.as_uri(), source, [published], UTF16, None, False)
    return {action.title: action.edit.changes[path.as_uri()] for action in found}


def test_fixes_count_utf16_units_and_keep_other_statements(tmp_path: Path):
    source = 'x = "\U0001F600"; import os\n'
    path = tmp_path / "demo" / "demo" / "client" / "m.py"
    found = _fix_texts(tmp_path, "client/m.py", source, Diagnostic(path, 1, len('x = "\U0001F600"; '.encode()) + 1,
                                                                   "PTK103", "'os' is a CPython-only module"))
    [edit] = found["Remove the import of 'os'"]
    assert (edit.range.start.character, edit.range.end.character, edit.new_text) == (10, 19, "pass")


def test_a_diagnostic_that_no_longer_matches_the_text_gets_no_fix(tmp_path: Path):
    path = tmp_path / "demo" / "demo" / "shared" / "api.py"
    stale = Diagnostic(path, 2, 5, "PTK111", "service method 'get' must be declared 'async def'")
    assert _fix_texts(tmp_path, "shared/api.py", "class S:\n    async def get(self): ...\n", stale) == {}
    moved = Diagnostic(path, 1, 1, "PTK103", "'os' is a CPython-only module")
    assert _fix_texts(tmp_path, "shared/api.py", "import json\nimport os\n", moved) == {}
    assert _fix_texts(tmp_path, "shared/api.py", "import json\nimport os\n",
                      Diagnostic(path, 2, 1, "PTK103", "'os' is a CPython-only module")) != {}
