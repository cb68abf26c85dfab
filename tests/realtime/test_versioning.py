"""The interface version: what changes it, and a page older than the server's interface."""
from __future__ import annotations

from pathlib import Path

import pytest

from pytk.server.registry import discover
from pytk.server.version import interface_version
from tests.realtime.browser_app import BuiltApp
from tests.realtime.demo_app import APP, FILES
from tests.realtime.support import forget_package, import_path, write_package


def version_of(tmp_path: Path, edit=lambda text: text, impl_edit=lambda text: text) -> str:
    files = dict(FILES)
    files["shared/api.py"] = edit(files["shared/api.py"])
    files["server/demo.py"] = impl_edit(files["server/demo.py"])
    root = tmp_path / f"v{len(list(tmp_path.iterdir()))}"
    write_package(root, APP, files)
    import_path(root)
    try:
        return interface_version(discover(f"{APP}.server"))
    finally:
        forget_package(root, APP)


def test_the_version_follows_signatures_not_implementations(tmp_path):
    base = version_of(tmp_path)
    assert base == version_of(tmp_path)
    assert base == version_of(tmp_path, impl_edit=lambda t: t.replace("return value", "return value  # same"))
    changed = [
        version_of(tmp_path, lambda t: t.replace("async def echo(self, value: Any)", "async def echo(self, value: Any, twice: bool = False)")),
        version_of(tmp_path, lambda t: t.replace("    x: int\n", "    x: float\n")),
        version_of(tmp_path, lambda t: t.replace('BLUE = "blue"', 'BLUE = "navy"')),
        version_of(tmp_path, lambda t: t.replace("-> list[str]", "-> list[int]")),
    ]
    assert base not in changed and len(set(changed)) == 4


class SwappableRegistry:
    """Serves whichever registry is current, like the dev server after a reload."""

    def __init__(self, registry):
        self.current = registry

    def __getattr__(self, name):
        return getattr(self.current, name)


CLIENT = '''
from pytk.rpc import IncompatibleClient, RpcError
from rtv.shared.api import DemoService


async def echo(value):
    try:
        answer = await DemoService().echo(value)
        return "ok " + str(answer)
    except IncompatibleClient as error:
        return "reload: " + error.code


def main():
    window.echo = echo
    document.body.setAttribute("data-ready", "yes")
'''


@pytest.mark.browser
def test_a_page_older_than_the_servers_interface_is_told_to_reload(app_page, tmp_path):
    built = BuiltApp(tmp_path / "app", "rtv", CLIENT, wrap=SwappableRegistry)
    try:
        swappable = built.registry
        app_page.goto(built.url)
        app_page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")
        assert app_page.evaluate("window.echo(1)") == "ok 1"
        api = built.root / "rtv" / "shared" / "api.py"
        api.write_text(api.read_text().replace("async def echo(self, value: Any)",
                                               "async def echo(self, value: Any, times: int = 1)"))
        forget_package(built.root, "rtv")
        import_path(built.root)
        swappable.current = discover("rtv.server")       # the redeployed server
        assert app_page.evaluate("window.echo(2)") == "reload: incompatible_client"
        app_page.reload()
        app_page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")
        assert app_page.evaluate("window.echo(3)") == "ok 3"
    finally:
        built.close()
