"""Split points in real headless Chromium: `load("...")` fetches its chunk only when called."""
from __future__ import annotations

import json

import pytest

from tests.conftest import pytk, running

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.client.loader import LoadError, load
from pytk.widgets import Button, Label, RootPanel, VerticalPanel


def main():
    status = Label("", style_name="status")

    async def open_reports(event):
        reports = await load("demo.client.reports")
        again = await load("demo.client.reports")
        status.text = reports.summary([3, 4]) + (" same" if again is reports else " different")

    async def open_missing(event):
        name = "demo.client." + "nowhere"
        try:
            await load(name)
            status.text = "loaded?"
        except LoadError as error:
            status.text = "LoadError"

    RootPanel.get("app").add(VerticalPanel([
        Button("Reports", on_click=open_reports, style_name="open"),
        Button("Missing", on_click=open_missing, style_name="missing"),
        status,
    ]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''

REPORTS = '''"""Loaded on demand: it must not be part of the first download."""
from pytk.widgets import Label


def summary(values):
    total = 0
    for value in values:
        total += value
    return "reports chunk: total " + str(total) + Label("x").text
'''


def make_app(parent):
    assert pytk("new", "demo", cwd=parent).returncode == 0
    root = parent / "demo"
    (root / "demo" / "client" / "main.py").write_text(CLIENT)
    (root / "demo" / "client" / "reports.py").write_text(REPORTS)
    return root


@pytest.fixture(scope="module")
def bundled_app(tmp_path_factory):
    root = make_app(tmp_path_factory.mktemp("split"))
    result = pytk("build", cwd=root)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((root / "dist" / "manifest.json").read_text())
    with running("serve", root) as (url, process):
        yield url, manifest, root / "dist"


@pytest.fixture(scope="module")
def unbundled_app(tmp_path_factory):
    root = make_app(tmp_path_factory.mktemp("split-unbundled"))
    result = pytk("build", "--no-bundle", cwd=root)
    assert result.returncode == 0, result.stderr
    with running("serve", root) as (url, process):
        yield url


def test_the_split_module_is_a_chunk_of_its_own(bundled_app):
    url, manifest, dist = bundled_app
    scripts = [f["path"] for f in manifest["files"] if f["path"].endswith(".js")]
    assert len(scripts) >= 2 and manifest["split_points"] == ["demo.client.reports"]
    lazy = [path for path in scripts if path not in manifest["initial"]]
    assert [path for path in lazy if "reports chunk" in (dist / path).read_text()], lazy
    for path in manifest["initial"]:
        assert "reports chunk" not in (dist / path).read_text()
    chunk = next(path for path in lazy if "reports chunk" in (dist / path).read_text())
    assert json.loads((dist / (chunk + ".map")).read_text())["sources"] == ["demo/client/reports.py"]
    report = (dist / "report.html").read_text()
    assert "demo.client.main &rArr; load() &rArr; <b>demo.client.reports</b>" in report
    assert "<code>load(\"demo.client.reports\")</code>" in report


def test_the_chunk_loads_only_when_the_client_calls_load(app_page, bundled_app):
    url, manifest, dist = bundled_app
    page = app_page
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url)
    page.wait_for_selector("body[data-ready=yes]")
    chunk = next(path for path in manifest["files"] if "demo.client.reports" in path["path"]
                 and path["path"].endswith(".js"))["path"]
    assert not [u for u in requested if u.endswith(chunk)], requested
    assert [u for u in requested if u.endswith(manifest["entry"])]
    page.click(".open")
    page.wait_for_function("document.querySelector('.status').textContent !== ''")
    assert page.text_content(".status") == "reports chunk: total 7x same"
    assert len([u for u in requested if u.endswith(chunk)]) == 1
    assert page.evaluate("window.__pytkErrors") == []


def test_a_name_the_compiler_did_not_see_raises_load_error(app_page, bundled_app):
    url, manifest, dist = bundled_app
    page = app_page
    page.goto(url)
    page.wait_for_selector("body[data-ready=yes]")
    page.click(".missing")
    page.wait_for_function("document.querySelector('.status').textContent !== ''")
    assert page.text_content(".status") == "LoadError"


def test_without_a_bundle_load_imports_the_module_file(app_page, unbundled_app):
    page = app_page
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(unbundled_app)
    page.wait_for_selector("body[data-ready=yes]")
    assert not [u for u in requested if u.endswith("/demo.client.reports.js")]
    page.click(".open")
    page.wait_for_function("document.querySelector('.status').textContent !== ''")
    assert page.text_content(".status") == "reports chunk: total 7x same"
    assert [u for u in requested if u.endswith("/demo.client.reports.js")]
    assert page.evaluate("window.__pytkErrors") == []
