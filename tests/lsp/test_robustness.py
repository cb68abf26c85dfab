"""Nothing a client sends stops `pytk lsp`: half-typed code, huge buffers, odd URIs, documents
never opened, files in no app. After each, the server still answers."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.helpers import position_of, wait_for_diagnostics

pytestmark = pytest.mark.asyncio(loop_scope="module")

ODD_URIS = ["file:///nonexistent/folder/nowhere.py", "untitled:Untitled-1", "foo://bar/baz.py", "not a uri",
            "file:///"]


def _doc(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def _every_request(client: LanguageClient, uri: str, position: types.Position) -> dict:
    """Send each request the server answers about a document; return the answers."""
    doc = _doc(uri)
    return {
        "completion": await client.text_document_completion_async(
            types.CompletionParams(text_document=doc, position=position)),
        "hover": await client.text_document_hover_async(types.HoverParams(text_document=doc, position=position)),
        "signature": await client.text_document_signature_help_async(
            types.SignatureHelpParams(text_document=doc, position=position)),
        "definition": await client.text_document_definition_async(
            types.DefinitionParams(text_document=doc, position=position)),
        "references": await client.text_document_references_async(types.ReferenceParams(
            text_document=doc, position=position, context=types.ReferenceContext(include_declaration=True))),
        "symbols": await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc)),
        "actions": await client.text_document_code_action_async(types.CodeActionParams(
            text_document=doc, range=types.Range(start=position, end=position),
            context=types.CodeActionContext(diagnostics=[]))),
    }


async def _still_serving(client: LanguageClient, hello: Path) -> None:
    main = hello / "hello" / "client" / "main.py"
    text = main.read_text(encoding="utf-8")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=_doc(main.as_uri()), position=position_of(text, "Label(", offset=1)))
    assert hover is not None and "Label" in hover.contents.value
    assert client.error is None
    failures = [m.message for m in client.log_messages if m.type == types.MessageType.Error]
    assert failures == []


async def test_syntax_errors_while_typing(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    saved = main.read_text(encoding="utf-8")
    uri = buffers.open(main)
    half_typed = saved.replace('    name.set_focus()', '    name.set_focus(\n    button.')
    buffers.change(uri, half_typed)
    [problem] = await wait_for_diagnostics(client, uri, lambda found: len(found) == 1)
    assert problem.code == "PTK001" and "syntax error" in problem.message

    at_dot = position_of(half_typed, "button.", offset=len("button."))
    answers = await _every_request(client, uri, at_dot)
    assert [s.name for s in answers["symbols"]] == ["main", "on_hot_reload"]  # the outline survives the error
    assert "set_text" in [item.label for item in answers["completion"].items]

    for cut in range(len("def main():"), len(saved), 97):  # a buffer cut at many points
        buffers.change(uri, saved[:cut])
        await _every_request(client, uri, types.Position(line=saved[:cut].count("\n"), character=0))
    buffers.change(uri, saved)
    await wait_for_diagnostics(client, uri, lambda found: found == [])
    await _still_serving(client, hello)


async def test_huge_buffers(client, buffers, hello: Path):
    huge = hello / "hello" / "client" / "huge.py"
    huge.write_text("", encoding="utf-8")
    text = "from pytk.widgets import Label\n\nTEXT = '" + "x" * 1_200_000 + "'\nLabel.\n"
    uri = buffers.open(huge, text)
    answers = await _every_request(client, uri, types.Position(line=3, character=6))
    assert not answers["completion"].items and not answers["symbols"]  # too large to analyse as you type
    # The compiler's checks still run: "Label." is half typed.
    [problem] = await wait_for_diagnostics(client, uri, lambda found: len(found) == 1)
    assert problem.code == "PTK001" and problem.range.start == types.Position(line=3, character=5)
    await _still_serving(client, hello)


async def test_odd_uris_and_unopened_documents(client, hello: Path):
    for uri in ODD_URIS:
        answers = await _every_request(client, uri, types.Position(line=0, character=0))
        assert not answers["completion"].items and not answers["definition"]
        client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=_doc(uri)))
    # A file that is not open is read from disk.
    services = hello / "hello" / "server" / "services.py"
    text = services.read_text(encoding="utf-8")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=_doc(services.as_uri()), position=position_of(text, "Greeting(", offset=1)))
    assert hover is not None and "Greeting" in hover.contents.value
    # Positions past the end of a document.
    answers = await _every_request(client, services.as_uri(), types.Position(line=10_000, character=3))
    assert not answers["completion"].items and answers["hover"] is None
    answers = await _every_request(client, services.as_uri(), types.Position(line=0, character=10_000))
    await _still_serving(client, hello)


async def test_untitled_buffers_get_completion_and_no_diagnostics(client, buffers, hello: Path):
    uri = "untitled:Untitled-1"
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="python", version=1, text="import os\nos.pa")))
    buffers.versions[uri] = 1
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=_doc(uri), position=types.Position(line=1, character=5)))
    assert "path" in [item.label for item in completion.items]
    await asyncio.sleep(0.3)
    assert uri not in client.diagnostics
    await _still_serving(client, hello)


async def test_files_outside_any_app(client, buffers, hello: Path, tmp_path: Path):
    loose = tmp_path / "loose.py"
    loose.write_text("import os\nos.pa\n", encoding="utf-8")
    uri = buffers.open(loose)
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=_doc(uri), position=types.Position(line=1, character=5)))
    assert "path" in [item.label for item in completion.items]  # jedi still helps, unfiltered
    buffers.change(uri, "import os\nos.pa\nfrom pytk.server import app\n")
    await asyncio.sleep(0.3)
    assert uri not in client.diagnostics  # no app, no pytk diagnostics
    # A folder whose pyproject.toml is not a valid app's is not an app either.
    broken = tmp_path / "broken"
    (broken / "broken" / "client").mkdir(parents=True)
    (broken / "pyproject.toml").write_text('[tool.pytk]\napp = "not valid"\n', encoding="utf-8")
    (broken / "broken" / "client" / "main.py").write_text("import os\n", encoding="utf-8")
    other = buffers.open(broken / "broken" / "client" / "main.py")
    await _every_request(client, other, types.Position(line=0, character=8))
    await asyncio.sleep(0.3)
    assert other not in client.diagnostics
    await _still_serving(client, hello)


async def test_edits_to_documents_never_opened(client, hello: Path):
    ghost = hello / "hello" / "client" / "ghost.py"
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=ghost.as_uri(), version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="x = 1\n")]))
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=_doc(ghost.as_uri())))
    await asyncio.sleep(0.2)
    assert client.error is None
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=_doc((hello / "hello" / "client" / "main.py").as_uri()),
        position=types.Position(line=1, character=30)))
    assert hover is not None
