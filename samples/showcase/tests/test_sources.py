"""Server-side tests of the showcase's SourceService, run with pytest."""
import ast
import asyncio
from pathlib import Path

import pytest

from showcase.server.services import SourceServiceImpl
from showcase.shared.sources import FAMILIES, UnknownFamily

CLIENT = Path(__file__).resolve().parent.parent / "showcase" / "client"


def demo_names(family: str) -> list[str]:
    tree = ast.parse((CLIENT / f"demos_{family}.py").read_text())
    return [node.name for node in tree.body if isinstance(node, ast.FunctionDef) and node.name.endswith("_demo")]


@pytest.mark.parametrize("family", [name for name, _title in FAMILIES])
def test_every_demo_function_is_served_with_its_source(family):
    demos = asyncio.run(SourceServiceImpl().demos(family))
    assert [demo.name for demo in demos] == demo_names(family)
    for demo in demos:
        assert demo.source.startswith(f"def {demo.name}():") and demo.title


def test_every_demo_is_registered_in_its_module():
    for family, _title in FAMILIES:
        text = (CLIENT / f"demos_{family}.py").read_text()
        for name in demo_names(family):
            assert f'"{name}": {name}' in text, f"{name} is missing from DEMOS in demos_{family}.py"


def test_an_unknown_family_is_refused():
    with pytest.raises(UnknownFamily):
        asyncio.run(SourceServiceImpl().demos("../server/services"))
