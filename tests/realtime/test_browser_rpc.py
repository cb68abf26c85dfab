"""RPC over the page websocket in real Chromium: calls, typed errors, timeouts, cancellation,
the HTTP fallback while the socket is down, and reconnection."""
from __future__ import annotations

import pytest

from tests.realtime.browser_app import BuiltApp

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.client.rpc import Cancel, calls
from pytk.client.socket import connection
from pytk.rpc import CallCancelled, CallTimeout, RemoteError, RpcError
from rtb.shared.api import DemoService, Point, Refused, Shape


async def typed_calls():
    service = DemoService()
    echoed = await service.echo("hi")
    corners = await service.corners(Shape("tri", [Point(0, 0), Point(1, 0), Point(0, 1)]))
    out = [echoed, str(corners)]
    try:
        await service.corners(Shape("z", [Point(1, 2)], {}, "ajar"))
    except RpcError as error:
        out.append(error.code + " " + error.path)
    try:
        await service.refuse("nope")
    except Refused as error:
        out.append("Refused " + str(error))
    try:
        await service.crash()
    except RpcError:
        out.append("wrong class")
    except RemoteError as error:
        out.append("RemoteError " + error.message)
    return out


async def timeouts_and_cancels():
    service = DemoService()
    out = []
    with calls(timeout=0.3):
        pending = service.sleep(5, "too-slow")
    try:
        await pending
    except CallTimeout:
        out.append("timeout")
    stop = Cancel()
    with calls(cancel=stop):
        pending = service.sleep(5, "stopped")
    await service.echo("the sleep call has started on the server")
    stop.cancel()
    try:
        await pending
    except CallCancelled:
        out.append("cancelled")
    seen = await service.cancelled()
    out.append(",".join(seen))
    return out


async def call_while_dropped():
    conn = connection()
    opens = conn.opens
    conn.drop()
    answer = await DemoService().echo("over http")
    return [answer, str(conn.is_open()), str(opens)]


def opens():
    return connection().opens


def main():
    window.typed_calls = typed_calls
    window.timeouts_and_cancels = timeouts_and_cancels
    window.call_while_dropped = call_while_dropped
    window.socket_opens = opens
    document.body.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    built = BuiltApp(tmp_path_factory.mktemp("rtb"), "rtb", CLIENT)
    yield built
    built.close()


def watch(page):
    """Record the page's HTTP RPC posts and the frames it sends on websockets."""
    seen = {"posts": 0, "sockets": [], "sent": []}
    page.on("request", lambda r: seen.__setitem__("posts", seen["posts"] + ("/_pytk/rpc" in r.url)))

    def on_socket(ws):
        seen["sockets"].append(ws.url)
        ws.on("framesent", lambda payload: seen["sent"].append(payload))
    page.on("websocket", on_socket)
    return seen


def test_calls_go_over_one_websocket_with_typed_results_and_errors(app_page, app):
    seen = watch(app_page)
    app_page.goto(app.url)
    app_page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")
    assert app_page.evaluate("window.typed_calls()") == [
        "hi", "3", "bad_argument args[0].kind", "Refused nope", "RemoteError internal server error"]
    assert seen["posts"] == 0
    assert seen["sockets"] == [app.url.replace("http://", "ws://") + "_pytk/ws"]
    assert sum('"type":"call"' in frame for frame in seen["sent"]) == 5
    assert app_page.evaluate("window.__pytkErrors") == []


def test_timeouts_and_cancellation_stop_the_call_on_both_sides(app_page, app):
    seen = watch(app_page)
    app_page.goto(app.url)
    app_page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")
    timed_out, cancelled, on_server = app_page.evaluate("window.timeouts_and_cancels()")
    assert (timed_out, cancelled) == ("timeout", "cancelled")
    assert {"too-slow", "stopped"} <= set(on_server.split(","))
    assert sum('"type":"cancel"' in frame for frame in seen["sent"]) == 2
    assert seen["posts"] == 0


def test_while_the_socket_is_down_calls_use_http_and_the_socket_comes_back(app_page, app):
    seen = watch(app_page)
    app_page.goto(app.url)
    app_page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")
    assert app_page.evaluate("window.typed_calls()")[0] == "hi"
    answer, open_now, opens_before = app_page.evaluate("window.call_while_dropped()")
    assert (answer, open_now, opens_before) == ("over http", "False", "1")
    assert seen["posts"] == 1
    app_page.wait_for_function("window.socket_opens() === 2", timeout=10_000)
    assert app_page.evaluate("window.typed_calls()")[0] == "hi"
    assert seen["posts"] == 1 and len(seen["sockets"]) == 2
    assert app_page.evaluate("window.__pytkErrors") == []
