"""Twisted code on the loop of a pytk server, through Twisted's asyncio reactor."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_a_twisted_protocol_publishes_on_a_pytk_channel_from_the_same_loop():
    script = Path(__file__).with_name("twisted_on_pytk_loop.py")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["reactor"] == "AsyncioSelectorReactor"
    assert outcome["answer"] == "seq 1"
    assert outcome["heard"] == {"type": "msg", "channel": "twisted:news", "seq": 1, "data": "served by Twisted"}
