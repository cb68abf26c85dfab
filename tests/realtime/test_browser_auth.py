"""Signing in and out from a real page: the session cookie, XSRF on HTTP calls, the socket
reopened as the new user."""
from __future__ import annotations

import pytest

from pytk.server.auth import Auth, MemoryUsers
from tests.realtime.browser_app import BuiltApp

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.client.auth import current_user, login, logout
from pytk.client.rpc import use_socket
from pytk.client.socket import connection
from pytk.rpc import RpcError
from rta.shared.api import DemoService


async def who():
    try:
        name = await DemoService().whoami()
        return name
    except RpcError as error:
        return error.code


async def sign_in(name, password):
    try:
        user = await login(name, password)
        return user["name"]
    except RpcError as error:
        return error.code


async def sign_out():
    await logout()
    return "out"


async def me():
    user = await current_user()
    return "nobody" if user is None else user["name"]


def main():
    window.who = who
    window.sign_in = sign_in
    window.sign_out = sign_out
    window.me = me
    window.http_only = lambda: use_socket(False)
    window.opens = lambda: connection().opens
    document.body.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    users = MemoryUsers()
    users.add("bob", "hunter22")
    built = BuiltApp(tmp_path_factory.mktemp("rta"), "rta", CLIENT, auth=Auth(users, secret="browser test secret"))
    yield built
    built.close()


def test_sign_in_and_out_change_who_the_calls_are_made_as(app_page, app):
    page = app_page
    page.goto(app.url)
    page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")
    assert page.evaluate("window.who()") == "unauthorized"
    assert page.evaluate("window.sign_in('bob', 'nope')") == "unauthorized"
    assert page.evaluate("window.sign_in('bob', 'hunter22')") == "bob"
    assert page.evaluate("window.me()") == "bob"
    page.wait_for_function("window.opens() >= 2")          # the socket reopened with the session
    assert page.evaluate("window.who()") == "bob"
    page.evaluate("window.http_only()")
    assert page.evaluate("window.who()") == "bob"           # HTTP with the cookie and the XSRF header
    assert page.evaluate("window.sign_out()") == "out"
    assert page.evaluate("window.who()") == "unauthorized"
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert "pytk_session" not in cookies and cookies["_xsrf"]["sameSite"] == "Lax"
    assert page.evaluate("window.__pytkErrors") == []


def test_the_session_cookie_is_http_only(app_page, app):
    page = app_page
    page.goto(app.url)
    page.wait_for_function("document.body && document.body.dataset.ready === 'yes'")
    assert page.evaluate("window.sign_in('bob', 'hunter22')") == "bob"
    session = next(c for c in page.context.cookies() if c["name"] == "pytk_session")
    assert session["httpOnly"] and session["sameSite"] == "Lax"
    assert "pytk_session" not in page.evaluate("document.cookie")
