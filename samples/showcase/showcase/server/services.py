"""Serves the source of each demo, read from the client modules themselves."""
from __future__ import annotations

import ast
from pathlib import Path

from showcase.shared.sources import FAMILIES, DemoSource, SourceService, UnknownFamily

CLIENT = Path(__file__).resolve().parent.parent / "client"


def demo_sources(path: Path) -> list[DemoSource]:
    """Each top-level ``*_demo`` function of a module: its name, title and source, in file order."""
    text = path.read_text(encoding="utf-8")
    found = []
    for node in ast.parse(text).body:
        if isinstance(node, ast.FunctionDef) and node.name.endswith("_demo"):
            doc = ast.get_docstring(node) or node.name
            found.append(DemoSource(name=node.name, title=doc.splitlines()[0].rstrip("."),
                                    source=ast.get_source_segment(text, node) or ""))
    return found


class SourceServiceImpl(SourceService):
    async def demos(self, family: str) -> list[DemoSource]:
        if family not in [name for name, _title in FAMILIES]:
            raise UnknownFamily(family)
        return demo_sources(CLIENT / f"demos_{family}.py")
