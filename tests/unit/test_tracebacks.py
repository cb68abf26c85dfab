"""Source maps and JavaScript stacks turned into Python tracebacks (pytk.devserver.tracebacks)."""
from __future__ import annotations

import json
from pathlib import Path

from pytk.devserver.sourcemap import LineMap, decode_vlq
from pytk.devserver.tracebacks import CompiledSources, JsFrame, parse_stack


def test_vlq_segments_decode():
    assert decode_vlq("AAAA") == [0, 0, 0, 0]
    assert decode_vlq("AACA") == [0, 0, 1, 0]
    assert decode_vlq("AADA") == [0, 0, -1, 0]
    assert decode_vlq("gBAAA") == [16, 0, 0, 0]


def test_a_line_map_follows_relative_lines():
    line_map = LineMap.parse(json.dumps({"version": 3, "sources": ["m.py"], "mappings": "AAAA;AAEA;;AADA"}))
    assert [line_map.lookup(n) for n in (1, 2, 3, 4)] == [("m.py", 1), ("m.py", 3), None, ("m.py", 2)]
    assert line_map.lookup(0) is None and line_map.lookup(5) is None


def test_chromium_and_firefox_stacks_parse():
    stack = ("Error\n"
             "    at new BaseException (http://127.0.0.1:5/assets/dev/org.transcrypt.__runtime__.js:80:19)\n"
             "    at helper (http://127.0.0.1:5/assets/dev/app.client.main.js?v=3:12:9)\n"
             "    at async http://127.0.0.1:5/assets/dev/app.client.main.js:30:2\n"
             "helper@http://127.0.0.1:5/x/app.client.util.js:4:1\n")
    assert parse_stack(stack) == [JsFrame("org.transcrypt.__runtime__.js", 80, "BaseException"),
                                  JsFrame("app.client.main.js", 12, "helper"),
                                  JsFrame("app.client.main.js", 30, ""),
                                  JsFrame("app.client.util.js", 4, "helper")]


def test_a_stack_becomes_a_python_traceback(tmp_path: Path):
    source = tmp_path / "app" / "client" / "main.py"
    source.parent.mkdir(parents=True)
    source.write_text("def main():\n    helper(1)\n\n\ndef helper(x):\n    raise ValueError(x)\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    # generated lines 1-4: line 2 comes from Python line 2, line 4 from Python line 6
    (out / "app.client.main.map").write_text(json.dumps(
        {"version": 3, "sources": ["app.client.main.py"], "mappings": "AAAA;AACA;AAAA;AAIA"}), encoding="utf-8")
    sources = CompiledSources(out, {"app.client.main.js": source}, relative_to=tmp_path)
    stack = ("Error\n    at new ValueError (http://h/org.transcrypt.__runtime__.js:1:1)\n"
             "    at helper (http://h/app.client.main.js:4:5)\n    at main (http://h/app.client.main.js:2:5)\n"
             "    at http://h/pytk_main.js:3:1")
    traceback = sources.traceback("ValueError", "1", stack)
    assert traceback.format() == (
        'Traceback (most recent call last):\n'
        '  File "app/client/main.py", line 2, in main\n'
        '    helper(1)\n'
        '  File "app/client/main.py", line 6, in helper\n'
        '    raise ValueError(x)\n'
        'ValueError: 1')


def test_an_error_without_frames_is_one_line(tmp_path: Path):
    assert CompiledSources(tmp_path, {}).traceback("TypeError", "x is null", "").format() == "TypeError: x is null"
