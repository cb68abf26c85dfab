"""Channels in real Chromium: server messages arrive in order, survive a dropped socket with
nothing lost or repeated, a resync past the window, client publishing, presence."""
from __future__ import annotations

import pytest

from pytk.server.broker import InProcessBroker
from pytk.server.channels import Channels
from tests.realtime.browser_app import BuiltApp

pytestmark = pytest.mark.browser

WINDOW = 20

CLIENT = '''
from pytk.client.channels import channel
from pytk.client.socket import connection
from pytk.rpc import RpcError
from rtc.shared.api import Point

received = []
resyncs = []
errors = []
presence = []


def listen(name):
    def on_message(point):
        received.append([point.x, point.y, isinstance(point, Point)])

    def on_resync(seq):
        resyncs.append(seq)

    def on_presence(members):
        presence.append(len(members))

    def on_error(error):
        errors.append(error.code)

    channel(name, Point).subscribe(on_message, on_resync, on_presence, on_error)


async def say(name, x):
    try:
        seq = await channel(name, Point).publish(Point(x, -x))
        return seq
    except RpcError as error:
        return error.code


def main():
    window.listen = listen
    window.say = say
    window.received = lambda: received
    window.resyncs = lambda: resyncs
    window.errors = lambda: errors
    window.presence = lambda: presence
    window.drop = lambda: connection().drop()
    window.opens = lambda: connection().opens
    document.body.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def hub():
    channels = Channels(InProcessBroker(window=WINDOW))
    channels.declare("feed:*")
    channels.declare("room:*", client_publish=True, presence=True,
                     message=__import__("typing").Any)
    return channels


@pytest.fixture(scope="module")
def app(tmp_path_factory, hub):
    built = BuiltApp(tmp_path_factory.mktemp("rtc"), "rtc", CLIENT, channels=hub)
    yield built
    built.close()


def open_page(page, app):
    page.goto(app.url)
    page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")


def publish(app, hub, name, values):
    async def run():
        return [await hub.channel(name).publish({"x": v, "y": v * 10}) for v in values]
    return app.loop.run(run())


def subscribed(app, hub, name, count=1):
    async def run():
        return len(hub.subscribers.get(name, {}))
    return app.loop.run(run()) >= count


def wait_subscribed(page, app, hub, name, count=1):
    for _ in range(200):
        if subscribed(app, hub, name, count):
            return
        page.wait_for_timeout(25)
    raise AssertionError(f"nobody subscribed to {name}")


def test_messages_survive_a_dropped_socket_once_each_in_order(app_page, app, hub):
    open_page(app_page, app)
    app_page.evaluate("window.listen('feed:one')")
    wait_subscribed(app_page, app, hub, "feed:one")
    publish(app, hub, "feed:one", range(1, 6))
    app_page.wait_for_function("window.received().length === 5")
    app_page.evaluate("window.drop()")
    publish(app, hub, "feed:one", range(6, 16))       # while the page is away
    app_page.wait_for_function("window.opens() === 2", timeout=10_000)
    wait_subscribed(app_page, app, hub, "feed:one")
    publish(app, hub, "feed:one", range(16, 19))
    app_page.wait_for_function("window.received().length >= 18")
    app_page.wait_for_timeout(100)
    assert app_page.evaluate("window.received()") == [[n, n * 10, True] for n in range(1, 19)]
    assert app_page.evaluate("window.resyncs()") == []
    assert app_page.evaluate("window.__pytkErrors") == []


def test_past_the_window_the_page_is_told_to_resync(app_page, app, hub):
    open_page(app_page, app)
    app_page.evaluate("window.listen('feed:two')")
    wait_subscribed(app_page, app, hub, "feed:two")
    publish(app, hub, "feed:two", [1])
    app_page.wait_for_function("window.received().length === 1")
    app_page.evaluate("window.drop()")
    publish(app, hub, "feed:two", range(2, WINDOW + 5))
    app_page.wait_for_function("window.resyncs().length === 1", timeout=10_000)
    assert app_page.evaluate("window.resyncs()") == [WINDOW + 4]
    publish(app, hub, "feed:two", [100])
    app_page.wait_for_function("window.received().length === 2")
    assert app_page.evaluate("window.received()") == [[1, 10, True], [100, 1000, True]]


def test_pages_publish_where_allowed_and_see_each_other(browser, app, hub):
    first, second = browser.new_page(), browser.new_page()
    try:
        for page in (first, second):
            open_page(page, app)
            page.evaluate("window.listen('room:lobby')")
        wait_subscribed(first, app, hub, "room:lobby", 2)
        first.wait_for_function("window.presence().length > 0 && window.presence()[window.presence().length - 1] === 2")
        assert first.evaluate("window.say('room:lobby', 7)") == 1
        second.wait_for_function("window.received().length === 1")
        assert second.evaluate("window.received()") == [[7, -7, True]]
        assert first.evaluate("window.say('feed:one', 1)") == "forbidden"
        first.evaluate("window.listen('nowhere:x')")
        first.wait_for_function("window.errors().length === 1")
        assert first.evaluate("window.errors()") == ["unknown_channel"]
        second.close()
        first.wait_for_function("window.presence()[window.presence().length - 1] === 1")
    finally:
        first.close()
        if not second.is_closed():
            second.close()
