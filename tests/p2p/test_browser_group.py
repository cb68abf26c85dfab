"""Peer groups in real Chromium: two pages meet through the server, link directly over WebRTC,
see each other, and a posted message reaches the other page exactly once."""
from __future__ import annotations

import pytest

from pytk.server.broker import InProcessBroker
from pytk.server.channels import Channels
from tests.conftest import CHROMIUM
from tests.realtime.browser_app import BuiltApp

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.client.p2p import Group

state = {"group": None, "joined": [], "left": [], "messages": [], "errors": []}


async def join(name):
    group = await Group.join(name)
    state["group"] = group
    group.on_join = lambda peer: state["joined"].append(peer)
    group.on_leave = lambda peer: state["left"].append(peer)
    group.on_message = lambda peer, message: state["messages"].append([peer, message])
    group.on_error = lambda error: state["errors"].append(str(error))
    return group.id


def main():
    window.join = join
    window.members = lambda: state["group"].members if state["group"] else []
    window.post = lambda message: state["group"].post(message)
    window.leave = lambda: state["group"].leave()
    window.p2p = lambda: state
    document.body.setAttribute("data-ready", "yes")
'''

# Chromium gathers no loopback candidates unless told to, and hides local addresses behind
# mDNS names that nothing on this host resolves.
WEBRTC_ARGS = ["--allow-loopback-in-peer-connection", "--disable-features=WebRtcHideLocalIpsWithMdns"]


@pytest.fixture(scope="module")
def hub():
    channels = Channels(InProcessBroker())
    channels.declare("game:*", presence=True, authorize=lambda user, name, action: name != "game:closed")
    return channels


@pytest.fixture(scope="module")
def app(tmp_path_factory, hub):
    built = BuiltApp(tmp_path_factory.mktemp("p2p"), "ptp", CLIENT, channels=hub)
    yield built
    built.close()


@pytest.fixture(scope="module")
def rtc_browser(playwright):
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync", *WEBRTC_ARGS])
    yield browser
    browser.close()


def open_page(browser, app, page_errors):
    page = browser.new_page()
    page.on("pageerror", lambda error: page_errors.append(str(error)))
    page.goto(app.url)
    page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")
    return page


def test_two_pages_join_link_directly_and_a_post_arrives_once(rtc_browser, app):
    page_errors: list[str] = []
    ada, bob = open_page(rtc_browser, app, page_errors), open_page(rtc_browser, app, page_errors)
    ada_id = ada.evaluate("window.join('game:42')")
    bob_id = bob.evaluate("window.join('game:42')")
    assert ada_id and bob_id and ada_id != bob_id

    ada.wait_for_function("window.members().length === 1", timeout=10_000)
    bob.wait_for_function("window.members().length === 1", timeout=10_000)
    assert ada.evaluate("window.members()") == [bob_id]
    assert bob.evaluate("window.members()") == [ada_id]
    assert ada.evaluate("window.p2p().joined") == [bob_id]

    assert ada.evaluate("window.post({'move': [3, 4]})") == 1
    bob.wait_for_function("window.p2p().messages.length >= 1")
    bob.wait_for_timeout(200)                       # room for a duplicate to show up
    assert bob.evaluate("window.p2p().messages") == [[ada_id, {"move": [3, 4]}]]
    assert ada.evaluate("window.p2p().messages") == []

    bob.evaluate("window.leave()")
    ada.wait_for_function("window.p2p().left.length === 1", timeout=10_000)
    assert ada.evaluate("window.p2p().left") == [bob_id]
    assert ada.evaluate("window.members()") == []
    for page in (ada, bob):
        assert page.evaluate("window.p2p().errors") == []
        page.close()
    assert page_errors == []
