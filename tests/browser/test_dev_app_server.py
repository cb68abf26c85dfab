"""`pytk dev` runs the app's server code in a child process: a save under server/ restarts it
while the dev server and the page stay up, an in-flight RPC call is retried once, broken server
code keeps the last good process serving (and shows in the terminal and the page), a crashed
process is started again, and the child never outlives the dev server."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PYTK, ServerProcess, pytk, running

pytestmark = pytest.mark.browser

SERVICES = '''"""Services for the tests: ``count`` carries the server's process id."""
import asyncio
import os
from pathlib import Path

from demo.shared.greet import EmptyName, Greeting, GreetService

WORD = "Hello"


class GreetServiceImpl(GreetService):
    async def greet(self, name: str) -> Greeting:
        if not name.strip():
            raise EmptyName("Please enter a name.")
        if name == "slow":
            await asyncio.sleep(1.5)
        if name.startswith("crash "):  # "crash once|always FILE": count the attempts in FILE
            _, how, log = name.split(" ", 2)
            attempts = Path(log).read_text() if Path(log).exists() else ""
            Path(log).write_text(attempts + "x")
            if how == "always" or not attempts:
                os._exit(3)
        return Greeting(text=f"{WORD}, {name}!", count=os.getpid())
'''


def call(url: str, name: str) -> tuple[int, dict]:
    """Call GreetService.greet over HTTP, as the client library does; return status and reply."""
    body = json.dumps({"service": "demo.shared.greet.GreetService", "method": "greet", "args": [name]})
    request = urllib.request.Request(url + "_pytk/rpc", data=body.encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def gone(pid: int, timeout: float = 10) -> bool:
    """Whether process ``pid`` ends (or is a zombie) within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def set_word(services: Path, word: str) -> None:
    text = services.read_text()
    start = text.index('WORD = "') + len('WORD = "')
    services.write_text(text[:start] + word + text[text.index('"', start):])


@pytest.fixture(scope="module")
def dev_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("appserver") / "demo"
    assert pytk("new", str(root), cwd=root.parent).returncode == 0
    (root / "demo" / "server" / "services.py").write_text(SERVICES)
    with running("dev", root) as (url, process):
        yield root, url, process


@pytest.fixture
def app(dev_app, page):
    """The dev app open in a marked page (a reload would lose the mark); services.py is put back
    afterwards."""
    root, url, process = dev_app
    services = root / "demo" / "server" / "services.py"
    page.goto(url)
    page.wait_for_selector(".greet")
    page.evaluate("window.__marker = 'kept'")
    yield root, url, process, page, services
    if services.read_text() != SERVICES:
        printed = len(process.lines)
        services.write_text(SERVICES)
        process.wait_for_output("loaded server code", after=printed)


def test_a_server_save_restarts_the_app_server_and_the_page_stays(app):
    root, url, process, page, services = app
    status, reply = call(url, "Ada")
    assert (status, reply["result"]["text"]) == (200, "Hello, Ada!")
    first = reply["result"]["count"]
    assert first != process.process.pid  # the app's server is a process of its own
    printed = len(process.lines)
    set_word(services, "Welcome")
    process.wait_for_output("the app's server restarted in", after=printed)
    status, reply = call(url, "Ada")
    assert (status, reply["result"]["text"]) == (200, "Welcome, Ada!")
    assert reply["result"]["count"] != first
    assert gone(first), "the old app server is still running"
    assert process.poll() is None
    page.fill(".name", "Bob")
    page.click(".greet")
    page.wait_for_function("document.querySelector('.greeting').textContent === 'Welcome, Bob!'")
    assert page.evaluate("window.__marker") == "kept"  # the page did not reload
    assert page.evaluate("window.__pytkErrors") == []


def test_an_in_flight_call_is_retried_on_the_restarted_server(app):
    root, url, process, page, services = app
    page.fill(".name", "slow")
    page.click(".greet")  # the old server sleeps 1.5 s on it
    time.sleep(0.5)
    printed = len(process.lines)
    set_word(services, "Howdy")
    process.wait_for_output("the app's server restarted in", after=printed)
    # The old server stopped mid-call; the dev server sent the call again, to the new one.
    page.wait_for_function("document.querySelector('.greeting').textContent === 'Howdy, slow!'", timeout=15000)
    assert page.evaluate("window.__pytkErrors") == []
    assert page.evaluate("window.__marker") == "kept"


def test_broken_server_code_keeps_the_last_good_server_and_shows_the_error(app, context):
    root, url, process, page, services = app
    printed = len(process.lines)
    services.write_text(services.read_text().replace('WORD = "Hello"', 'WORD = "Broken"\nx = (\n'))
    process.wait_for_output("server code failed to load", after=printed)
    terminal = "".join(process.lines[printed:])
    assert 'demo/server/services.py", line 9' in terminal and "SyntaxError: '(' was never closed" in terminal
    assert "appchild.py" not in terminal  # only the app's frames
    overlay = page.wait_for_selector("#pytk-error-overlay.pytk-overlay-server", timeout=15000)
    assert "SyntaxError: '(' was never closed" in overlay.text_content()
    # The last good server keeps answering.
    assert call(url, "Ada")[1]["result"]["text"] == "Hello, Ada!"
    # A page opened now shows the error too.
    other = context.new_page()
    other.goto(url)
    assert "SyntaxError" in other.wait_for_selector("#pytk-error-overlay.pytk-overlay-server").text_content()
    other.close()
    printed = len(process.lines)
    services.write_text(SERVICES.replace('WORD = "Hello"', 'WORD = "Fixed"'))
    process.wait_for_output("loaded server code", after=printed)
    page.wait_for_selector("#pytk-error-overlay", state="detached", timeout=15000)
    assert call(url, "Ada")[1]["result"]["text"] == "Fixed, Ada!"
    assert page.evaluate("window.__marker") == "kept"


def test_a_crashed_server_is_started_again_and_the_call_tried_once_more(app, tmp_path):
    root, url, process, page, services = app
    printed = len(process.lines)
    once = tmp_path / "once"
    status, reply = call(url, f"crash once {once}")
    assert status == 200 and reply["result"]["text"] == f"Hello, crash once {once}!"
    assert once.read_text() == "xx"  # the first attempt killed the server; the second succeeded
    process.wait_for_output("the app's server stopped unexpectedly (exit status 3); starting it again",
                            after=printed)
    always = tmp_path / "always"
    status, reply = call(url, f"crash always {always}")
    assert status == 502 and reply["error"]["code"] == "server_unavailable"
    assert "stopped while answering" in reply["error"]["message"]
    assert always.read_text() == "xx"  # tried exactly twice
    # It is started again once more and answers.
    deadline = time.monotonic() + 15
    while call(url, "Ada")[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert call(url, "Ada")[1]["result"]["text"] == "Hello, Ada!"
    assert process.poll() is None


def test_the_app_server_stops_when_the_dev_server_dies(new_app):
    root = new_app()
    (root / "demo" / "server" / "services.py").write_text(SERVICES)
    server = ServerProcess(subprocess.Popen([*PYTK, "dev", "--port", "0"], cwd=root, stdout=subprocess.PIPE,
                                            stderr=subprocess.STDOUT, text=True,
                                            env={**os.environ, "PYTHONUNBUFFERED": "1"}))
    try:
        server.wait_for_output("Serving", timeout=30)
        url = "".join(server.lines).split(" at ")[-1].split()[0]
        child = call(url, "Ada")[1]["result"]["count"]
        server.process.send_signal(signal.SIGKILL)  # no chance to clean up
        assert gone(child), "the app's server outlived the dev server"
    finally:
        server.process.kill()
        server.process.wait()
