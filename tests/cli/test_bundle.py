"""`pytk build`'s production output: the esbuild bundle, its source maps, manifest and report."""
from __future__ import annotations

import ast
import gzip
import hashlib
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from pytk.compiler.report import CompileReport, FileSize, ModuleSize, render_report
from pytk.compiler.split_points import split_point_imports
from tests.conftest import PYTK, pytk

HASHED_ENTRY = re.compile(r"^assets/pytk_main-[A-Z0-9]{8}\.js$")
BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def decode_vlq(text: str) -> list[int]:
    """The numbers of one source map segment (base64 VLQ: 5 bits a digit, sign in the lowest bit)."""
    numbers, value, shift = [], 0, 0
    for char in text:
        digit = BASE64.index(char)
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
        else:
            numbers.append(-(value >> 1) if value & 1 else value >> 1)
            value, shift = 0, 0
    return numbers


def decode_mappings(mappings: str) -> list[list[tuple[int, int, int, int]]]:
    """Per generated line, its segments as (column, source index, source line, source column), 0-based."""
    lines, source, source_line, source_column = [], 0, 0, 0
    for line in mappings.split(";"):
        column, segments = 0, []
        for segment in filter(None, line.split(",")):
            numbers = decode_vlq(segment)
            column += numbers[0]
            if len(numbers) >= 4:
                source += numbers[1]
                source_line += numbers[2]
                source_column += numbers[3]
                segments.append((column, source, source_line, source_column))
        lines.append(segments)
    return lines


def original_position(source_map: dict, line: int, column: int) -> tuple[str, int]:
    """The Python file and line (1-based) that a position in the generated file (0-based) comes from."""
    segments = [s for s in decode_mappings(source_map["mappings"])[line] if s[0] <= column]
    assert segments, f"no mapping at {line}:{column}"
    _column, source, source_line, _source_column = segments[-1]
    return source_map["sources"][source], source_line + 1


def build(root: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*PYTK, "build", *args], cwd=root, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    parent = tmp_path_factory.mktemp("bundle")
    assert pytk("new", "demo", cwd=parent).returncode == 0
    root = parent / "demo"
    result = build(root)
    assert result.returncode == 0, result.stderr
    return root, json.loads((root / "dist" / "manifest.json").read_text()), result.stderr


def test_build_writes_one_hashed_entry_with_a_source_map(built):
    root, manifest, stderr = built
    dist = root / "dist"
    assert manifest["bundled"] is True
    assert HASHED_ENTRY.match(manifest["entry"]), manifest["entry"]
    scripts = [f["path"] for f in manifest["files"] if f["path"].endswith(".js")]
    assert scripts == [manifest["entry"]] == manifest["initial"]
    assert (dist / (manifest["entry"] + ".map")).is_file()
    assert not list(dist.rglob("*.py")), "the Python sources travel inside the maps, not beside them"
    index = (dist / "index.html").read_text()
    assert f'<script type="module" src="/{manifest["entry"]}"></script>' in index
    entry = (dist / manifest["entry"]).read_text()
    compiled = root / ".pytk" / "dist-build" / "client"
    assert entry.count("\n") < 50 < (compiled / "pytk.widgets.basic.js").read_text().count("\n"), "minified"
    assert entry.rstrip().endswith(f"//# sourceMappingURL={Path(manifest['entry']).name}.map")
    assert "Built" in stderr and "bundled" in stderr and "gzip" in stderr


def test_manifest_lists_every_file_with_bytes_gzip_and_sha256(built):
    root, manifest, _ = built
    dist = root / "dist"
    paths = {f["path"] for f in manifest["files"]}
    assert {"index.html", "report.html", "static/style.css", manifest["entry"]} <= paths
    on_disk = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()} - {"manifest.json"}
    assert paths == on_disk
    for entry in manifest["files"]:
        data = (dist / entry["path"]).read_bytes()
        assert entry["bytes"] == len(data)
        assert entry["gzip"] == len(gzip.compress(data, 9, mtime=0))
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    js = next(f for f in manifest["files"] if f["path"] == manifest["entry"])
    assert manifest["initial_bytes"] == js["bytes"] and manifest["initial_gzip"] == js["gzip"] < js["bytes"]


def test_the_source_map_leads_to_python_lines(built):
    root, manifest, _ = built
    dist = root / "dist"
    source_map = json.loads((dist / (manifest["entry"] + ".map")).read_text())
    assert all(source.endswith(".py") for source in source_map["sources"]), source_map["sources"]
    assert {"demo/client/main.py", "demo/shared/greet.py", "pytk/widgets/basic.py",
            "org/transcrypt/__runtime__.py"} <= set(source_map["sources"])
    main_py = (root / "demo" / "client" / "main.py").read_text()
    assert source_map["sourcesContent"][source_map["sources"].index("demo/client/main.py")] == main_py
    bundle_lines = (dist / manifest["entry"]).read_text().split("\n")
    for literal, python_line in [("Your name", 'name = TextBox(placeholder="Your name"'),
                                 ("Greet", 'button = Button("Greet"'),
                                 ("greeting", 'greeting = Label("", style_name="greeting")')]:
        found = [(n, m.start()) for n, text in enumerate(bundle_lines)
                 for m in re.finditer(rf"""["'`]{literal}["'`]""", text)]
        assert len(found) == 1, (literal, found)
        expected = next(n for n, text in enumerate(main_py.splitlines(), 1) if python_line in text)
        assert original_position(source_map, *found[0]) == ("demo/client/main.py", expected)


def test_the_report_tells_bytes_per_module_and_package_and_why(built):
    root, manifest, _ = built
    report = (root / "dist" / "report.html").read_text()
    assert "<title>Compile report: demo</title>" in report
    for module in ("demo.client.main", "demo.shared.greet", "pytk.widgets.basic", "org.transcrypt.__runtime__"):
        assert f"<code>{module}</code>" in report
    assert "pytk_main &rarr; demo.client.main &rarr; pytk.widgets &rarr; <b>pytk.widgets.basic</b>" in report
    assert "<code>pytk.widgets</code>" in report  # a package row
    assert not re.search(r"<(script|link|img)\b|\bsrc=|url\(", report), "the report is self-contained"
    rows = re.findall(r"<tr><td><code>([\w.]+)</code></td><td>initial</td>\s*<td class=\"n\">(\d+)</td>", report)
    module_bytes = {name: int(size) for name, size in rows}
    entry = next(f for f in manifest["files"] if f["path"] == manifest["entry"])
    assert 0.9 * entry["bytes"] < sum(module_bytes.values()) <= entry["bytes"]


def test_the_report_escapes_what_it_shows():
    hostile = "<script>alert(1)</script>"
    report = CompileReport("demo", True, "assets/pytk_main-X.js",
                           [FileSize("assets/pytk_main-X.js", 10, 5, True, [hostile])],
                           [ModuleSize(hostile, hostile, "assets/pytk_main-X.js", 10, 5, True,
                                       [("pytk_main", "entry"), (hostile, "import")])],
                           [hostile], [hostile])
    html = render_report(report)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_builds_of_the_same_source_have_the_same_names_and_a_change_renames(built, tmp_path):
    root, manifest, _ = built
    again = build(root, "--out", str(tmp_path / "same"))
    assert again.returncode == 0, again.stderr
    assert json.loads((tmp_path / "same" / "manifest.json").read_text())["entry"] == manifest["entry"]
    main = root / "demo" / "client" / "main.py"
    original = main.read_text()
    try:
        main.write_text(original.replace('"Greet"', '"Say hello"'))
        changed = build(root, "--out", str(tmp_path / "changed"))
        assert changed.returncode == 0, changed.stderr
        assert json.loads((tmp_path / "changed" / "manifest.json").read_text())["entry"] != manifest["entry"]
    finally:
        main.write_text(original)


def test_no_bundle_writes_minified_modules(new_app):
    root = new_app()
    result = build(root, "--no-bundle")
    assert result.returncode == 0, result.stderr
    assert "not bundled" in result.stderr and "warning" not in result.stderr
    dist = root / "dist"
    manifest = json.loads((dist / "manifest.json").read_text())
    assert manifest["bundled"] is False
    assert re.match(r"^assets/[0-9a-f]{12}/pytk_main\.js$", manifest["entry"])
    scripts = {Path(f["path"]).name: f for f in manifest["files"] if f["path"].endswith(".js")}
    assert {"pytk_main.js", "demo.client.main.js", "pytk.widgets.basic.js", "org.transcrypt.__runtime__.js"} <= set(scripts)
    compiled = root / ".pytk" / "dist-build" / "client"
    for name in ("org.transcrypt.__runtime__.js", "pytk.widgets.basic.js"):
        minified = (dist / manifest["assets"] / name).read_text()
        original = (compiled / name).read_text()
        assert len(minified) < 0.7 * len(original) and minified.count("\n") < original.count("\n") / 10
        assert "//# sourceMappingURL" not in minified
    assert set(manifest["initial"]) <= {f["path"] for f in manifest["files"]}
    report = (dist / "report.html").read_text()
    assert "not bundled" in report and "<code>demo.client.main</code>" in report
    index = (dist / "index.html").read_text()
    assert f'src="/{manifest["entry"]}"' in index


def test_a_missing_esbuild_is_a_clear_error_naming_the_fix(new_app, tmp_path):
    root = new_app()
    result = build(root, env={"PYTK_ESBUILD": str(tmp_path / "no" / "esbuild")})
    assert result.returncode == 1
    assert "PYTK_ESBUILD" in result.stderr and "npm install" in result.stderr
    assert "--no-bundle" in result.stderr and "Traceback" not in result.stderr
    assert not (root / "dist").exists()
    assert build(root, "--no-bundle", env={"PYTK_ESBUILD": str(tmp_path / "no" / "esbuild")}).returncode == 0


def test_esbuild_that_cannot_run_is_a_clear_error(new_app, tmp_path):
    root = new_app()
    broken = tmp_path / "esbuild"
    broken.write_text("#!/nonexistent/interpreter\n")
    broken.chmod(0o755)
    result = build(root, env={"PYTK_ESBUILD": str(broken)})
    assert result.returncode == 1
    assert "could not be run" in result.stderr and "--no-bundle" in result.stderr
    assert "Traceback" not in result.stderr


def imports_of(source: str) -> list[str]:
    return [name for name, _node, _names in split_point_imports(ast.parse(source))]


def test_split_points_are_found_in_each_way_of_naming_load():
    assert imports_of("from pytk.client.loader import load\nasync def f():\n    await load('a.client.x')\n") == ["a.client.x"]
    assert imports_of("from pytk.client.loader import load as fetch\nfetch('a.client.y')\n") == ["a.client.y"]
    assert imports_of("from pytk.client import loader\nloader.load('a.client.z')\n") == ["a.client.z"]
    assert imports_of("import pytk.client.loader\npytk.client.loader.load('a.client.w')\n") == ["a.client.w"]
    assert imports_of("import pytk.client.loader as L\nL.load('a.client.v')\n") == ["a.client.v"]
    # Not split points: another load, a name that is not a literal, no loader import.
    assert imports_of("from pytk.client.loader import load\nimport json\njson.load('x')\nload(name)\n") == []
    assert imports_of("def load(x): pass\nload('a.client.x')\n") == []


def test_a_split_point_is_checked_like_an_import(new_app):
    root = new_app()
    main = root / "demo" / "client" / "main.py"
    main.write_text("from pytk.client.loader import load\n" + main.read_text() +
                    "\n\nasync def later():\n    await load('demo.server.services')\n    await load('demo.client.nowhere')\n")
    result = pytk("check", cwd=root)
    assert result.returncode == 1
    lines = main.read_text().splitlines()
    server = next(n for n, text in enumerate(lines, 1) if "demo.server.services" in text)
    assert f"demo/client/main.py:{server}:11: PTK101 client code cannot import server module" in result.stdout
    assert f"demo/client/main.py:{server + 1}:11: PTK102 cannot find module 'demo.client.nowhere'" in result.stdout


def test_no_bundle_without_the_minifier_ships_plain_modules_with_a_warning(new_app, monkeypatch):
    from pytk.compiler import dist as dist_module
    from pytk.config import load_config

    root = new_app()
    monkeypatch.setattr(dist_module, "minifier", lambda: None)
    report = dist_module.build_dist(load_config(root), bundle=False)
    assert not report.bundled and any("tdewolff-minify is not installed" in w for w in report.warnings)
    manifest = json.loads((root / "dist" / "manifest.json").read_text())
    folder = root / "dist" / manifest["assets"]
    assert (folder / "demo.client.main.map").is_file() and (folder / "demo.client.main.py").is_file()
    assert "//# sourceMappingURL=demo.client.main.map" in (folder / "demo.client.main.js").read_text()
