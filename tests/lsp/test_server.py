"""`pytk lsp` end to end: a client talks to the server in a subprocess about a copy of the
hello sample. One server serves the whole module; each test closes what it opened."""
from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.helpers import apply_edits, position_of, wait_for_diagnostics

pytestmark = pytest.mark.asyncio(loop_scope="module")

VIOLATION = "from hello.server.services import GreetServiceImpl\n"


def _doc(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def _complete(client: LanguageClient, uri: str, position: types.Position) -> list[str]:
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=_doc(uri), position=position))
    items = result.items if isinstance(result, types.CompletionList) else result or []
    return [item.label for item in items]


async def test_boundary_violation_in_an_unsaved_buffer_is_reported_and_cleared(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    saved = main.read_text(encoding="utf-8")
    uri = buffers.open(main)
    await wait_for_diagnostics(client, uri, lambda found: found == [])

    lines = saved.splitlines(keepends=True)
    broken = "".join(lines[:3] + [VIOLATION] + lines[3:])
    buffers.change(uri, broken)
    found = await wait_for_diagnostics(client, uri, lambda found: len(found) == 1)
    assert found[0].code == "PTK101"
    assert found[0].source == "pytk"
    assert "cannot import server module 'hello.server.services'" in found[0].message
    assert found[0].severity == types.DiagnosticSeverity.Error
    assert found[0].range == types.Range(start=types.Position(line=3, character=0),
                                         end=types.Position(line=3, character=len("from hello.server.services")))
    assert main.read_text(encoding="utf-8") == saved  # it was the buffer, not the file

    buffers.change(uri, saved)
    await wait_for_diagnostics(client, uri, lambda found: found == [])


async def test_a_problem_in_another_open_module_is_published_for_that_module(client, buffers, hello: Path):
    greet = hello / "hello" / "shared" / "greet.py"
    uri = buffers.open(greet)
    buffers.change(uri, greet.read_text(encoding="utf-8") + "\nimport os\n")
    found = await wait_for_diagnostics(client, uri, lambda found: len(found) == 1)
    assert found[0].code == "PTK103"
    assert found[0].range.start.line == greet.read_text(encoding="utf-8").count("\n") + 1
    assert found[0].range.end.character - found[0].range.start.character == len("os")
    buffers.close(uri)  # the file on disk has no problem: the diagnostics are cleared
    await wait_for_diagnostics(client, uri, lambda found: found == [])


async def test_completion_in_client_imports_follows_the_boundary(client, buffers, hello: Path):
    lines = ["import ma", "import o", "from pytk.widgets import ", "from hello.shared import ", "from hello.",
             "from pytk.", "from os import "]
    uri = buffers.open(hello / "hello" / "client" / "scratch.py", "\n".join(lines) + "\n")

    async def at_end(line: int) -> list[str]:
        return await _complete(client, uri, types.Position(line=line, character=len(lines[line])))

    assert "math" in await at_end(0)
    assert "os" not in await at_end(1)
    assert {"Button", "Label", "TextBox", "VerticalPanel"} <= set(await at_end(2))
    assert "greet" in await at_end(3)
    app_parts = await at_end(4)
    assert {"client", "shared"} <= set(app_parts) and "server" not in app_parts
    pytk_parts = await at_end(5)
    assert {"client", "rpc", "widgets"} <= set(pytk_parts)
    assert not {"server", "compiler", "devserver", "cli"} & set(pytk_parts)
    assert await at_end(6) == []  # nothing from a module the browser does not have


async def test_completion_in_server_code_is_not_filtered(client, buffers, hello: Path):
    uri = buffers.open(hello / "hello" / "server" / "scratch.py", "import o\n")
    assert "os" in await _complete(client, uri, types.Position(line=0, character=8))


async def test_completion_offers_widget_members(client, buffers, hello: Path):
    text = "from pytk.widgets import Button\n\nbutton = Button('Go')\nbutton.\n"
    uri = buffers.open(hello / "hello" / "client" / "members.py", text)
    members = await _complete(client, uri, types.Position(line=3, character=7))
    assert {"add_click_handler", "set_enabled", "element"} <= set(members)


async def test_hover_and_signature_help_on_a_widget(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    text = main.read_text(encoding="utf-8")
    uri = buffers.open(main)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=_doc(uri), position=position_of(text, 'Button("Greet"', offset=2)))
    assert hover is not None
    assert "class Button(" in hover.contents.value and "push button" in hover.contents.value
    start = position_of(text, 'Button("Greet"')
    assert hover.range.start == start and hover.range.end.character == start.character + len("Button")

    help = await client.text_document_signature_help_async(types.SignatureHelpParams(
        text_document=_doc(uri), position=position_of(text, 'Button("Greet"', offset=len("Button("))))
    assert help is not None
    assert "on_click" in help.signatures[0].label
    assert help.active_parameter == 0


async def test_definition_of_an_rpc_call_reaches_the_server_implementation(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    text = main.read_text(encoding="utf-8")
    uri = buffers.open(main)
    found = await client.text_document_definition_async(types.DefinitionParams(
        text_document=_doc(uri), position=position_of(text, "service.greet(", offset=len("service.g"))))
    places = {(Path(l.uri.removeprefix("file://")).name, l.range.start.line) for l in found}
    services = (hello / "hello" / "server" / "services.py").read_text(encoding="utf-8")
    greet = (hello / "hello" / "shared" / "greet.py").read_text(encoding="utf-8")
    assert ("services.py", position_of(services, "async def greet").line) in places
    assert ("greet.py", position_of(greet, "async def greet").line) in places
    implementation = next(l for l in found if l.uri.endswith("services.py"))
    assert implementation.range.start == position_of(services, "greet(self")


async def test_references_of_a_shared_class_span_client_shared_and_server(client, buffers, hello: Path):
    greet = hello / "hello" / "shared" / "greet.py"
    text = greet.read_text(encoding="utf-8")
    uri = buffers.open(greet)
    found = await client.text_document_references_async(types.ReferenceParams(
        text_document=_doc(uri), position=position_of(text, "class EmptyName", offset=len("class ")),
        context=types.ReferenceContext(include_declaration=True)))
    parts = {Path(l.uri.removeprefix("file://")).parent.name for l in found}
    assert {"client", "shared", "server"} <= parts


async def test_document_symbols(client, buffers, hello: Path):
    uri = buffers.open(hello / "hello" / "shared" / "greet.py")
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=_doc(uri)))
    by_name = {s.name: s for s in symbols}
    assert {"Greeting", "EmptyName", "GreetService"} <= set(by_name)
    assert "dataclass" not in by_name and "Service" not in by_name  # imports are not symbols
    assert by_name["GreetService"].kind == types.SymbolKind.Class
    assert [(c.name, c.kind) for c in by_name["GreetService"].children] == [("greet", types.SymbolKind.Method)]
    assert [c.name for c in by_name["Greeting"].children] == ["text", "count"]

    main_uri = buffers.open(hello / "hello" / "client" / "main.py")
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=_doc(main_uri)))
    assert [s.name for s in symbols] == ["main", "on_hot_reload"]
    assert [c.name for c in symbols[0].children] == ["greet"]  # nested functions, not locals


async def test_workspace_symbols(client, hello: Path):
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="greetserv"))
    names = {(s.name, Path(s.location.uri).name) for s in found}
    assert ("GreetService", "greet.py") in names and ("GreetServiceImpl", "services.py") in names


async def test_code_action_creates_the_server_implementation(client, buffers, hello: Path):
    todo = hello / "hello" / "shared" / "todo.py"
    text = ('"""Todo items."""\nfrom dataclasses import dataclass\n\nfrom pytk.rpc import Service\n\n\n'
            "@dataclass\nclass Item:\n    title: str\n\n\n"
            "class TodoService(Service):\n    async def add(self, title: str) -> Item: ...\n\n"
            "    async def items(self) -> list[Item]: ...\n")
    uri = buffers.open(todo, text)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=_doc(uri), range=types.Range(start=position_of(text, "TodoService"),
                                                   end=position_of(text, "TodoService")),
        context=types.CodeActionContext(diagnostics=[])))
    assert [a.title for a in actions] == ["Create the server implementation of TodoService in hello/server/services.py"]
    [change] = actions[0].edit.document_changes
    services = hello / "hello" / "server" / "services.py"
    assert change.text_document.uri == services.as_uri()
    result = apply_edits(services.read_text(encoding="utf-8"), change.edits)
    assert "from hello.shared.todo import TodoService, Item\n" in result
    assert ("class TodoServiceImpl(TodoService):\n"
            "    async def add(self, title: str) -> Item:\n"
            "        raise NotImplementedError\n\n"
            "    async def items(self) -> list[Item]:\n"
            "        raise NotImplementedError\n") in result
    compile(result, "services.py", "exec")

    # GreetService has its implementation: nothing to offer there.
    greet = hello / "hello" / "shared" / "greet.py"
    greet_text = greet.read_text(encoding="utf-8")
    greet_uri = buffers.open(greet)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=_doc(greet_uri), range=types.Range(start=position_of(greet_text, "GreetService"),
                                                         end=position_of(greet_text, "GreetService")),
        context=types.CodeActionContext(diagnostics=[])))
    assert not actions
