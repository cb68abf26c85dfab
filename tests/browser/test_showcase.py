"""samples/showcase in real headless Chromium: every demo live beside its source, the dark
theme, and axe-core (from npm) finding no serious or critical accessibility violation on any
page of it, in both themes and with the dialog and menus open."""
from __future__ import annotations

import ast
import shutil

import pytest

from tests.browser.widgetkit import READY
from tests.conftest import REPO, pytk, running

pytestmark = pytest.mark.browser

SAMPLE = REPO / "samples" / "showcase"
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
FAMILIES = ["basic", "inputs", "panels", "popups", "navigation", "data", "forms", "reactive"]

RUN_AXE = """
async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '));
}
"""


def demo_sources(family: str) -> dict[str, str]:
    path = SAMPLE / "showcase" / "client" / f"demos_{family}.py"
    text = path.read_text()
    return {node.name: ast.get_source_segment(text, node) for node in ast.parse(text).body
            if isinstance(node, ast.FunctionDef) and node.name.endswith("_demo")}


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    root = tmp_path_factory.mktemp("showcase") / "showcase"
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns("dist", ".pytk", "__pycache__"))
    result = pytk("build", cwd=root, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    with running("serve", root) as (served, _process):
        yield served


@pytest.fixture
def showcase(app_page, url):
    app_page.set_default_timeout(10000)
    app_page.goto(url)
    app_page.wait_for_selector(READY, state="attached")
    yield app_page
    assert app_page.evaluate("window.__pytkErrors") == []


def open_family(page, index: int):
    page.locator(".families [role=tab]").nth(index).click()


def axe_violations(page) -> list[str]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(RUN_AXE)


def test_axe_core_is_installed_from_npm():
    assert AXE.is_file(), "node_modules/axe-core is missing: run scripts/bootstrap.sh (npm ci)"
    assert '"axe-core"' in (REPO / "package-lock.json").read_text()


def test_every_demo_is_live_beside_its_source(showcase):
    for index, family in enumerate(FAMILIES):
        open_family(showcase, index)
        page = showcase.locator(".family-" + family)
        sources = demo_sources(family)
        assert page.get_attribute("data-demos") == str(len(sources))
        assert page.locator(".demo .demo-source").all_text_contents() == list(sources.values())
        assert page.locator(".demo .demo-live > *").count() == len(sources)
    assert sum(len(demo_sources(family)) for family in FAMILIES) >= 35
    open_family(showcase, 5)
    showcase.wait_for_selector(".family-data tbody >> text=Mercury")  # the grid's pages come over RPC


def test_demos_work(showcase):
    open_family(showcase, 0)
    showcase.click("text=Click me")
    assert showcase.locator(".family-basic .demo-output").first.text_content() == "1 clicks"
    open_family(showcase, 7)
    showcase.fill(".family-reactive input.pytk-TextBox", "pytk")
    showcase.click(".family-reactive .pytk-CheckBox span")
    assert showcase.locator(".family-reactive .pytk-Label", has_text="HELLO, PYTK").count() == 1
    showcase.click(".family-reactive >> text=Add")
    assert showcase.locator(".family-reactive .pytk-ListView > *").count() == 4
    open_family(showcase, 4)
    showcase.click(".family-navigation >> text=Planet 3")
    assert showcase.locator(".family-navigation .pytk-Router").text_content() == "Planet 3 is Earth."
    assert showcase.url.endswith("#/planets/3")


def test_dark_theme_switches_the_custom_properties(showcase):
    background = "getComputedStyle(document.body).backgroundColor"
    assert showcase.evaluate(background) == "rgb(255, 255, 255)"
    showcase.click(".theme-switch")
    assert showcase.get_attribute("html", "data-pytk-theme") == "dark"
    assert showcase.evaluate(background) == "rgb(21, 24, 30)"
    showcase.click(".theme-switch")
    assert showcase.get_attribute("html", "data-pytk-theme") == "light"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_any_page(showcase, theme):
    if theme == "dark":
        showcase.click(".theme-switch")
    found = {}
    for index, family in enumerate(FAMILIES):
        open_family(showcase, index)
        violations = axe_violations(showcase)
        if violations:
            found[family] = violations
    assert found == {}


def test_axe_with_the_dialog_menus_and_tree_open(showcase):
    open_family(showcase, 3)
    showcase.click("text=Rename...")
    assert showcase.locator("[role=dialog]").count() == 1
    assert axe_violations(showcase) == []
    showcase.keyboard.press("Escape")
    open_family(showcase, 6)
    showcase.click("text=Create account")  # every field in error
    assert showcase.locator(".family-forms [aria-invalid=true]").count() == 5
    assert axe_violations(showcase) == []
    open_family(showcase, 1)
    showcase.get_by_placeholder("Type a fruit").type("b")
    showcase.wait_for_selector(".family-inputs [role=option] >> text=Blueberry")
    assert axe_violations(showcase) == []
    open_family(showcase, 3)
    showcase.click("text=Show popup")
    assert axe_violations(showcase) == []
    showcase.keyboard.press("Escape")
    open_family(showcase, 4)
    showcase.click(".family-navigation [role=menubar] > [role=menuitem] >> nth=0")
    showcase.keyboard.press("ArrowDown")
    showcase.keyboard.press("ArrowRight")
    assert showcase.locator("[role=menu]:visible").count() == 2
    showcase.click("text=Planets")
    showcase.wait_for_selector("text=Mars")
    assert axe_violations(showcase) == []


def test_axe_reports_what_it_should(showcase):
    """The check can fail: an image without alt text and an empty button are reported."""
    showcase.evaluate("""() => { const box = document.createElement('div');
        box.innerHTML = '<img src="x.png"><button></button>'; document.getElementById('app').appendChild(box); }""")
    found = " ".join(axe_violations(showcase))
    assert "image-alt (critical)" in found and "button-name (critical)" in found
