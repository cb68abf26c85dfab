"""samples/jfb: the pytk implementation of the keyed js-framework-benchmark app and the plain
JavaScript one beside it behave the same, operation by operation, in real headless Chromium."""
from __future__ import annotations

import re
import shutil

import pytest

from tests.browser.widgetkit import READY
from tests.conftest import REPO, pytk, running

pytestmark = pytest.mark.browser

LABEL = re.compile(r"^\w+ \w+ \w+$")


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    root = tmp_path_factory.mktemp("jfb") / "jfb"
    shutil.copytree(REPO / "samples" / "jfb", root, ignore=shutil.ignore_patterns("dist", ".pytk", "__pycache__"))
    result = pytk("build", cwd=root, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    with running("serve", root) as (served, _process):
        yield served


def labels(page) -> list[str]:
    return page.eval_on_selector_all("table.test-data tbody tr a.lbl", "(links) => links.map((a) => a.textContent)")


def ids(page) -> list[str]:
    return page.eval_on_selector_all("table.test-data tbody tr td:first-child", "(cells) => cells.map((c) => c.textContent)")


@pytest.mark.parametrize("implementation", ["pytk", "vanilla"])
def test_the_benchmark_operations(app_page, url, implementation):
    page = app_page
    page.goto(url if implementation == "pytk" else url + "static/vanilla.html")
    page.wait_for_selector(READY, state="attached")
    page.click("#run")
    assert len(labels(page)) == 1000 and all(LABEL.match(text) for text in labels(page))
    first_ids = ids(page)
    assert first_ids[0] == "1" and first_ids[-1] == "1000"
    page.click("#update")
    after = labels(page)
    assert [i for i, text in enumerate(after) if text.endswith(" !!!")] == list(range(0, 1000, 10))
    page.click("#swaprows")
    assert ids(page)[1] == "999" and ids(page)[998] == "2"
    page.click("tbody tr:nth-child(3) a.lbl")
    page.click("tbody tr:nth-child(4) a.lbl")
    assert page.eval_on_selector_all("tr.danger td:first-child", "(c) => c.map((x) => x.textContent)") == ["4"]
    page.click("tbody tr:nth-child(4) a.remove")
    assert len(ids(page)) == 999 and "4" not in ids(page) and page.locator("tr.danger").count() == 0
    page.click("#add")
    assert len(ids(page)) == 1999 and ids(page)[-1] == "2000"
    page.click("#run")
    assert ids(page)[0] == "2001" and len(ids(page)) == 1000
    page.click("#clear")
    assert ids(page) == []
    page.click("#runlots")
    assert page.locator("tbody tr").count() == 10000
    assert page.evaluate("window.__pytkErrors") == []
