"""The pytk command end to end: new, check, build, serve, with real processes and HTTP."""
from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import pytk, running


def post(url: str, body: bytes, content_type: str = "application/json") -> tuple[int, dict]:
    request = urllib.request.Request(url + "_pytk/rpc", data=body, method="POST",
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_new_refuses_a_non_empty_folder(tmp_path: Path):
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    result = pytk("new", "taken", cwd=tmp_path)
    assert result.returncode == 1
    assert "already exists and is not empty" in result.stderr
    assert sorted(p.name for p in (tmp_path / "taken").iterdir()) == ["notes.txt"]


def test_commands_outside_an_app_explain_themselves(tmp_path: Path):
    result = pytk("build", cwd=tmp_path)
    assert result.returncode == 1
    assert "[tool.pytk]" in result.stderr and "Traceback" not in result.stderr


def test_check_passes_on_a_new_app_and_reports_boundary_errors(new_app):
    root = new_app()
    assert pytk("check", cwd=root).returncode == 0
    main = root / "demo" / "client" / "main.py"
    main.write_text("from demo.server.services import GreetServiceImpl\nimport os\n" + main.read_text())
    result = pytk("check", cwd=root)
    assert result.returncode == 1
    assert "demo/client/main.py:1:1: PTK101 client code cannot import server module 'demo.server.services'" in result.stdout
    assert "demo/client/main.py:2:8: PTK103 'os' is a CPython-only module" in result.stdout
    data = json.loads(pytk("check", "--format", "json", cwd=root).stdout)
    assert [(d["line"], d["col"], d["code"]) for d in data] == [(1, 1, "PTK101"), (2, 8, "PTK103")]


def test_build_writes_dist_with_a_manifest(new_app):
    root = new_app()
    result = pytk("build", cwd=root)
    assert result.returncode == 0, result.stderr
    dist = root / "dist"
    manifest = json.loads((dist / "manifest.json").read_text())
    assert manifest["app"] == "demo"
    written = {f["path"] for f in manifest["files"]}
    assert manifest["entry"] in written
    assert {"index.html", "static/style.css"} <= written
    assert manifest["bundled"] is True and manifest["entry"] + ".map" in written
    for entry in manifest["files"]:
        assert (dist / entry["path"]).stat().st_size == entry["bytes"]
    index = (dist / "index.html").read_text()
    assert f'src="/{manifest["entry"]}"' in index and "<title>Demo</title>" in index
    assert "_pytk/dev" not in index


def test_build_fails_with_file_line_col_on_errors(new_app):
    root = new_app()
    main = root / "demo" / "client" / "main.py"
    main.write_text(main.read_text().replace("def main():", "def main(:"))
    result = pytk("build", cwd=root)
    assert result.returncode == 1
    assert "demo/client/main.py:7:10: PTK001 syntax error" in result.stderr
    assert not (root / "dist").exists()


def test_serve_answers_pages_assets_and_rpc(new_app):
    root = new_app()
    assert pytk("build", cwd=root).returncode == 0
    manifest = json.loads((root / "dist" / "manifest.json").read_text())
    with running("serve", root) as (url, process):
        status, headers, body = get(url)
        assert status == 200 and b"<title>Demo</title>" in body
        status, headers, body = get(url + manifest["entry"])
        assert status == 200 and "immutable" in headers["Cache-Control"]
        assert b"Your name" in body and b"sourceMappingURL=" in body
        service = "demo.shared.greet.GreetService"
        assert post(url, json.dumps({"service": service, "method": "greet", "args": ["Ada"]}).encode()) == (
            200, {"result": {"text": "Hello, Ada!", "count": 1}})
        status, reply = post(url, json.dumps({"service": service, "method": "greet", "args": [" "]}).encode())
        assert status == 200 and reply["exception"]["type"] == "demo.shared.greet.EmptyName"
        assert reply["exception"]["args"] == ["Please enter a name."]
        bad = [
            (b"{not json", 400, "bad_json"),
            (json.dumps({"service": "nope.Service", "method": "greet", "args": []}).encode(), 404, "unknown_service"),
            (json.dumps({"service": service, "method": "nope", "args": []}).encode(), 404, "unknown_method"),
            (json.dumps({"service": service, "method": "greet", "args": []}).encode(), 400, "bad_arguments"),
            (json.dumps({"service": service, "method": "greet", "args": [42]}).encode(), 422, "bad_argument"),
        ]
        for body, status, code in bad:
            got_status, reply = post(url, body)
            assert (got_status, reply["error"]["code"]) == (status, code), reply
            assert reply["error"]["message"]
        assert post(url, json.dumps({"service": service, "method": "greet", "args": [42]}).encode())[1][
            "error"]["path"] == "args[0]"
        # Still serving after all that.
        assert post(url, json.dumps({"service": service, "method": "greet", "args": ["Bo"]}).encode())[1][
            "result"]["text"] == "Hello, Bo!"
        assert process.poll() is None


def test_serve_without_a_build_says_so(new_app):
    root = new_app()
    result = pytk("serve", cwd=root)
    assert result.returncode == 1 and "pytk build" in result.stderr


def test_a_busy_port_is_a_clear_error(new_app):
    root = new_app()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = pytk("dev", "--port", str(port), cwd=root, timeout=30)
    assert result.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_compile_a_standalone_program_runs_under_node_like_cpython(tmp_path: Path):
    import subprocess
    import sys

    (tmp_path / "shapes.py").write_text(
        "from __future__ import annotations\n"
        "from dataclasses import dataclass, field\n"
        "from helpers import describe\n\n"
        "@dataclass\nclass Box:\n    name: str\n    size: int = 1\n    tags: list = field(default_factory=list)\n\n"
        "a, b = Box('a'), Box('b', 3)\n"
        "a.tags.append('x')\n"
        "print(a, b)\n"
        "print(describe(b))\n")
    (tmp_path / "helpers.py").write_text("def describe(box):\n    return box.name + ' has size ' + str(box.size)\n")
    result = pytk("compile", "shapes.py", "--out", "js", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    node = subprocess.run(["node", str(tmp_path / "js" / "shapes.js")], capture_output=True, text=True, timeout=30)
    cpython = subprocess.run([sys.executable, "shapes.py"], cwd=tmp_path, capture_output=True, text=True, timeout=30)
    assert node.returncode == 0, node.stderr
    assert node.stdout == cpython.stdout == "Box(name='a', size=1, tags=['x']) Box(name='b', size=3, tags=[])\nb has size 3\n"


def test_compile_reports_every_problem_with_file_line_col(tmp_path: Path):
    (tmp_path / "prog.py").write_text("import socket\nimport nosuchmodule\nprint(1)\n")
    result = pytk("compile", "prog.py", "--out", "js", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "prog.py:1:8: PTK103 'socket' is a CPython-only module and is not available in the browser",
        "prog.py:2:8: PTK102 cannot find module 'nosuchmodule' in the app, pytk or the browser library",
    ]
