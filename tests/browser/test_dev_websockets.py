"""`pytk dev` hands the app's websockets on to the app's server process; when a save restarts
that process, the page's socket is closed with 1012 ("service restart") and reconnects to the new one."""
from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import pytk

pytestmark = pytest.mark.browser

# The app's server application, with a websocket beside RPC (what an app with channels has).
ECHO_APP = '''"""The app's server with an echo websocket that names the process answering."""
import os

import tornado.web
import tornado.websocket

from pytk.server.rpc import rpc_routes


class Echo(tornado.websocket.WebSocketHandler):
    def on_message(self, message):
        self.write_message(f"{os.getpid()} {message}")


class Refused(tornado.web.RequestHandler):
    def get(self):
        raise tornado.web.HTTPError(403)


def application(registry):
    return tornado.web.Application([*rpc_routes(registry), (r"/_pytk/echo", Echo), (r"/_pytk/refused", Refused)])
'''

CONNECT = """() => {
    window.__echo = []; window.__closes = []; window.__opens = 0;
    function connect() {
        const socket = new WebSocket(location.origin.replace('http', 'ws') + '/_pytk/echo');
        socket.onopen = () => { window.__opens += 1; socket.send('ping ' + window.__opens); };
        socket.onmessage = (event) => window.__echo.push(event.data);
        socket.onclose = (event) => { window.__closes.push(event.code); setTimeout(connect, 100); };
    }
    connect();
}"""


@contextmanager
def dev_server(root: Path) -> Iterator[tuple[str, list[str]]]:
    """A dev server (watching) in a thread, whose app server is ECHO_APP's application."""
    from pytk.config import load_config
    from pytk.devserver.server import DevServer
    from pytk.server.listen import bind

    log: list[str] = []
    server = DevServer(load_config(root), log=log.append, app_factory="echo_app:application")
    sockets, port = bind(0)
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    task = loop.create_task(server.serve(sockets, ready=ready.set))

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(task)
        except asyncio.CancelledError:
            pass

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        assert ready.wait(60), log
        yield f"http://127.0.0.1:{port}/", log
    finally:
        loop.call_soon_threadsafe(task.cancel)
        thread.join(10)
        loop.close()


def wait_for(condition, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_websocket_reaches_the_app_server_and_reconnects_after_a_restart(tmp_path, page):
    root = tmp_path / "demo"
    assert pytk("new", str(root), cwd=tmp_path).returncode == 0
    (root / "echo_app.py").write_text(ECHO_APP)
    with dev_server(root) as (url, log):
        page.goto(url)
        page.evaluate(CONNECT)
        page.wait_for_function("window.__echo.length === 1")
        first_pid, text = page.evaluate("window.__echo[0]").split(" ", 1)
        assert text == "ping 1"
        # A refused handshake is refused by the dev server too.
        assert page.evaluate("""() => new Promise((resolve) => {
            const socket = new WebSocket(location.origin.replace('http', 'ws') + '/_pytk/refused');
            socket.onopen = () => resolve('open');
            socket.onerror = () => resolve('refused');
        })""") == "refused"
        services = root / "demo" / "server" / "services.py"
        services.write_text(services.read_text().replace("Hello", "Welcome"))
        wait_for(lambda: any("the app's server restarted" in line for line in log))
        page.wait_for_function("window.__echo.length === 2", timeout=15000)
        second_pid, text = page.evaluate("window.__echo[1]").split(" ", 1)
        assert text == "ping 2"
        assert second_pid != first_pid
        assert page.evaluate("window.__closes") == [1012]
