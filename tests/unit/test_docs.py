"""The user documentation stays true to the code.

* every ```python block of docs/*.md and README.md parses (a block whose first line is
  ``# not-python`` is skipped);
* every block of docs/tutorial.md that starts with ``# file: <path>`` is, after that line,
  exactly the file `pytk new` writes at that path;
* every PTKnnn code the compiler emits is documented in docs/compiler.md;
* links between the pages point at pages and headings that exist.
"""
from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest

from pytk.scaffold import create_app

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), REPO / "README.md"]
COMPILER = REPO / "compiler" / "pytk" / "compiler"

FENCE = re.compile(r"^([ \t]*)```([\w+-]*)[^\n]*\n(.*?)^\1```[ \t]*$", re.MULTILINE | re.DOTALL)
FILE_MARK = re.compile(r"^# file: (\S+)\n")
CODE = re.compile(r"\bPTK\d{3}\b")
LINK = re.compile(r"\]\(([\w./-]+\.md)(?:#([\w-]+))?\)")


def fenced_blocks(page: Path) -> list[tuple[str, str, int]]:
    """Each fenced block of a page as ``(language, text, line of its opening fence)``.

    A block indented under a list item loses that indentation.
    """
    text = page.read_text(encoding="utf-8")
    return [(m.group(2), textwrap.dedent(m.group(3)), text.count("\n", 0, m.start()) + 1)
            for m in FENCE.finditer(text)]


def python_blocks() -> list:
    blocks = []
    for page in PAGES:
        for language, text, line in fenced_blocks(page):
            if language == "python" and not text.startswith("# not-python"):
                blocks.append(pytest.param(text, id=f"{page.relative_to(REPO)}:{line}"))
    return blocks


def tutorial_files() -> list:
    blocks = []
    for _language, text, _line in fenced_blocks(DOCS / "tutorial.md"):
        mark = FILE_MARK.match(text)
        if mark:
            blocks.append(pytest.param(mark.group(1), text[mark.end():], id=mark.group(1)))
    return blocks


def test_the_pages_have_code_blocks():
    assert (DOCS / "tutorial.md").is_file() and (DOCS / "compiler.md").is_file()
    assert len(python_blocks()) >= 10
    assert len(tutorial_files()) >= 5


@pytest.mark.parametrize("source", python_blocks())
def test_python_blocks_parse(source: str):
    ast.parse(source)


@pytest.fixture(scope="module")
def scaffold(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("scaffold") / "hello"
    create_app(root, "hello", "Hello")
    return root


@pytest.mark.parametrize(("path", "shown"), tutorial_files())
def test_tutorial_shows_the_generated_files(scaffold: Path, path: str, shown: str):
    written = scaffold / path
    assert written.is_file(), f"`pytk new` writes no {path}"
    assert shown == written.read_text(encoding="utf-8")


def test_every_diagnostic_code_is_documented():
    emitted = {code for source in COMPILER.glob("*.py") for code in CODE.findall(source.read_text(encoding="utf-8"))}
    assert emitted, "no PTK codes found in the compiler"
    documented = set(CODE.findall((DOCS / "compiler.md").read_text(encoding="utf-8")))
    assert sorted(emitted - documented) == []


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    return {slug(m.group(1)) for m in re.finditer(r"^#+ (.*)$", text, re.MULTILINE)}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_links_between_pages_resolve(page: Path):
    for target, anchor in LINK.findall(page.read_text(encoding="utf-8")):
        linked = (page.parent / target).resolve()
        assert linked.is_file(), f"{page.name} links to a missing page {target}"
        if anchor:
            assert anchor in anchors(linked), f"{page.name} links to a missing heading {target}#{anchor}"
