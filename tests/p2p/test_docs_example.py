"""The client example of docs/p2p.md compiles to JavaScript that node accepts."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def test_the_client_example_compiles(tmp_path: Path):
    blocks = [b for b in BLOCK.findall((REPO / "docs" / "p2p.md").read_text()) if "pytk.client.p2p" in b]
    assert len(blocks) == 1
    (tmp_path / "example.py").write_text(blocks[0])
    pytk = Path(sys.executable).with_name("pytk")
    built = subprocess.run([str(pytk), "compile", str(tmp_path / "example.py"), "--out", str(tmp_path / "out")],
                           capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stdout + built.stderr
    node = shutil.which("node") or "/usr/bin/node"
    for module in ("example.js", "pytk.client.p2p.js"):
        checked = subprocess.run([node, "--check", str(tmp_path / "out" / module)], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0, checked.stderr
