"""Quick fixes for the compiler's diagnostics, end to end: the fix offered for what the server
published, applied to the buffer, makes the problem go away."""
from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.helpers import apply_edits, position_of, wait_for_diagnostics

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _fixes(client: LanguageClient, uri: str, problem: types.Diagnostic) -> dict[str, list[types.TextEdit]]:
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=problem.range,
        context=types.CodeActionContext(diagnostics=[problem])))
    found = {}
    for action in actions:
        assert action.kind == types.CodeActionKind.QuickFix and list(action.diagnostics) == [problem]
        [change] = action.edit.document_changes
        assert change.text_document.uri == uri
        found[action.title] = change.edits
    return found


async def _fix_and_check(client, buffers, uri: str, text: str, code: str, title: str) -> str:
    [problem] = await wait_for_diagnostics(client, uri, lambda found: [d.code for d in found] == [code])
    fixes = await _fixes(client, uri, problem)
    assert title in fixes, list(fixes)
    fixed = apply_edits(text, fixes[title])
    buffers.change(uri, fixed)
    await wait_for_diagnostics(client, uri, lambda found: found == [])
    return fixed


async def test_remove_an_import_of_a_server_module(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    saved = main.read_text(encoding="utf-8")
    text = "from hello.server.services import GreetServiceImpl\n" + saved
    uri = buffers.open(main, text)
    fixed = await _fix_and_check(client, buffers, uri, text, "PTK101",
                                 "Remove the import of 'hello.server.services'")
    assert fixed == saved


async def test_remove_one_module_of_an_import_statement(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    saved = main.read_text(encoding="utf-8")
    text = "import math, sqlite3  # both\n" + saved
    uri = buffers.open(main, text)
    fixed = await _fix_and_check(client, buffers, uri, text, "PTK103", "Remove the import of 'sqlite3'")
    assert fixed == "import math  # both\n" + saved


async def test_an_import_alone_in_a_block_becomes_pass(client, buffers, hello: Path):
    module = hello / "hello" / "client" / "optional.py"
    text = "try:\n    import os\nexcept ImportError:\n    os = None\n"
    uri = buffers.open(module, text)
    fixed = await _fix_and_check(client, buffers, uri, text, "PTK103", "Remove the import of 'os'")
    assert fixed == "try:\n    pass\nexcept ImportError:\n    os = None\n"


async def test_a_misspelled_module_is_changed_to_the_closest_one(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    saved = main.read_text(encoding="utf-8")
    text = saved.replace("from pytk.widgets import", "from pytk.widgts import").replace(
        "from hello.shared.greet import", "from hello.shared.gret import")
    uri = buffers.open(main, text)
    problems = await wait_for_diagnostics(client, uri, lambda found: [d.code for d in found] == ["PTK101", "PTK102"])
    for problem in problems:
        fixes = await _fixes(client, uri, problem)
        [change] = [title for title in fixes if title.startswith("Change to")]
        assert change in ("Change to 'pytk.widgets'", "Change to 'hello.shared.greet'")
        assert any(title.startswith("Remove the import of") for title in fixes)
        text = apply_edits(text, fixes[change])
        buffers.change(uri, text)
    await wait_for_diagnostics(client, uri, lambda found: found == [])
    assert text == saved


async def test_a_relative_import_is_changed_as_written(client, buffers, hello: Path):
    module = hello / "hello" / "client" / "relative.py"
    text = "from ..shared.gret import GreetService\n"
    uri = buffers.open(module, text)
    fixed = await _fix_and_check(client, buffers, uri, text, "PTK102", "Change to 'hello.shared.greet'")
    assert fixed == "from ..shared.greet import GreetService\n"


async def test_a_plain_service_method_is_made_async(client, buffers, hello: Path):
    greet = hello / "hello" / "shared" / "greet.py"
    saved = greet.read_text(encoding="utf-8")
    assert "    async def greet(" in saved
    text = saved.replace("    async def greet(", "    def greet(")
    uri = buffers.open(greet, text)
    fixed = await _fix_and_check(client, buffers, uri, text, "PTK111", "Declare 'greet' with 'async def'")
    assert fixed == saved


async def test_an_unsupported_dataclass_option_is_removed(client, buffers, hello: Path):
    module = hello / "hello" / "shared" / "points.py"
    text = "from dataclasses import dataclass\n\n\n@dataclass(slots=True, order=True)\nclass Point:\n    x: int = 0\n"
    uri = buffers.open(module, text)
    fixed = await _fix_and_check(client, buffers, uri, text, "PTK201", "Remove the dataclass option 'slots'")
    assert "@dataclass(order=True)\n" in fixed


async def test_a_missing_entry_function_is_added(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    text = main.read_text(encoding="utf-8").replace("def main():", "def start():")
    text = text.replace("    main()\n", "    start()\n")  # else main() is an undefined name
    uri = buffers.open(main, text)
    fixed = await _fix_and_check(client, buffers, uri, text, "PTK104", "Add the entry function 'main'")
    assert fixed.endswith('\n\n\ndef main():\n    """Called once when the page has loaded."""\n')
    compile(fixed, "main.py", "exec")


async def test_a_misspelled_name_is_changed_to_the_closest_defined_one(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    saved = main.read_text(encoding="utf-8")
    text = saved.replace("greeting.text = reply.text", "greeting.text = replly.text")
    uri = buffers.open(main, text)
    [problem] = await wait_for_diagnostics(client, uri, lambda found: [d.code for d in found] == ["PTK206"])
    assert problem.message == "name 'replly' is not defined; did you mean 'reply'?"
    assert problem.range == types.Range(start=position_of(text, "replly"), end=position_of(text, "replly", 6))
    fixes = await _fixes(client, uri, problem)
    assert list(fixes) == ["Change to 'reply'"]
    buffers.change(uri, apply_edits(text, fixes["Change to 'reply'"]))
    await wait_for_diagnostics(client, uri, lambda found: found == [])


async def test_an_undefined_name_without_a_close_one_has_no_fix(client, buffers, hello: Path):
    main = hello / "hello" / "client" / "main.py"
    text = main.read_text(encoding="utf-8").replace("name.set_focus()", "name.set_focus(focus_options)")
    uri = buffers.open(main, text)
    [problem] = await wait_for_diagnostics(client, uri, lambda found: [d.code for d in found] == ["PTK206"])
    assert problem.message == "name 'focus_options' is not defined"
    assert await _fixes(client, uri, problem) == {}
