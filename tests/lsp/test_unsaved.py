"""Modules that exist only as unsaved buffers are checked, and resolve for their importers."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.lsp.helpers import wait_for_diagnostics

pytestmark = pytest.mark.asyncio(loop_scope="module")

NEW_MODULE = '"""Not saved yet."""\nimport os\n\n\ndef shout(text):\n    return text.upper()\n'
IMPORTER = "from hello.client.fresh.words import shout\nfrom hello.client.fresh import words\n"


async def test_a_new_unsaved_module_is_checked_and_resolves_for_its_importers(client, buffers, hello: Path):
    fresh = hello / "hello" / "client" / "fresh"
    words = fresh / "words.py"
    package = fresh / "__init__.py"
    assert not fresh.exists()
    main = hello / "hello" / "client" / "main.py"
    main_uri = buffers.open(main, IMPORTER + main.read_text(encoding="utf-8"))
    missing = await wait_for_diagnostics(client, main_uri, lambda found: len(found) == 2)
    assert {d.code for d in missing} == {"PTK102"}  # neither module exists anywhere yet

    package_uri = buffers.open(package, "")
    words_uri = buffers.open(words, NEW_MODULE)
    [problem] = await wait_for_diagnostics(client, words_uri, lambda found: len(found) == 1)
    assert problem.code == "PTK103" and problem.range.start.line == 1  # `import os`, in the unsaved module
    await wait_for_diagnostics(client, main_uri, lambda found: found == [])  # main's imports resolve now
    await wait_for_diagnostics(client, package_uri, lambda found: found == [])

    buffers.change(words_uri, NEW_MODULE.replace("import os\n", "import json\n"))
    await wait_for_diagnostics(client, words_uri, lambda found: found == [])
    assert not fresh.exists()  # nothing was written

    buffers.close(words_uri)  # closed without saving: gone again
    found = await wait_for_diagnostics(client, main_uri, lambda found: len(found) == 1)
    assert found[0].code == "PTK102" and "hello.client.fresh.words" in found[0].message


async def test_an_unsaved_module_no_import_reaches_is_checked(client, buffers, hello: Path):
    lonely = hello / "hello" / "shared" / "lonely.py"
    uri = buffers.open(lonely, "import sqlite3\n")
    [problem] = await wait_for_diagnostics(client, uri, lambda found: len(found) == 1)
    assert problem.code == "PTK103" and "'sqlite3'" in problem.message
