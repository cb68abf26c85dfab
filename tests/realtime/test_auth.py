"""Sessions, sign-in, required roles, XSRF and Origin checks, secure page headers: real server,
real HTTP and websocket clients. Refusals are 401/403 and never carry data."""
from __future__ import annotations

import base64
import http.client
import json
from http.cookies import SimpleCookie

import pytest
import tornado.web

from pytk.server.app import IndexHandler, SECURE_HEADERS
from pytk.server.auth import Auth, MemoryUsers, auth_routes, hash_password, verify_password
from pytk.server.broker import InProcessBroker
from pytk.server.channels import Channels
from pytk.server.registry import discover
from pytk.server.rpc import rpc_routes
from pytk.server.socket import socket_routes
from tests.realtime.demo_app import APP, DEMO, FILES
from tests.realtime.support import LoopThread, Served, Socket, forget_package, import_path, write_package


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("authapp")
    write_package(root, APP, FILES)
    import_path(root)
    registry = discover(f"{APP}.server")
    users = MemoryUsers()
    users.add("ada", "analytical engine", roles=["admin"])
    users.add("bob", "hunter22")
    hub = Channels(InProcessBroker())
    hub.declare("staff:*", requires=("admin",))
    hub.declare("members:*", requires=("user",))
    auth = Auth(users, secret="test secret, not for production")
    app = tornado.web.Application([*rpc_routes(registry), *socket_routes(registry, hub=hub), *auth_routes(),
                                   (r"/(.*)", IndexHandler, {"render": lambda: "<html><head></head></html>",
                                                             "registry": registry})], **auth.settings())
    loop = LoopThread()
    server = Served(loop, app)
    server.loop = loop
    yield server
    server.close()
    loop.stop()
    forget_package(root, APP)


class Browser:
    """Cookies and the XSRF token of one browser, over http.client."""

    def __init__(self, served):
        self.served = served
        self.cookies: dict[str, str] = {}

    def request(self, method, path, body=None, xsrf=True):
        connection = http.client.HTTPConnection("127.0.0.1", self.served.port, timeout=10)
        headers = {"Content-Type": "application/json"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if xsrf and "_xsrf" in self.cookies:
            headers["X-XSRFToken"] = self.cookies["_xsrf"]
        connection.request(method, path, None if body is None else json.dumps(body), headers)
        response = connection.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        text = response.read()
        return response.status, (json.loads(text) if response.headers.get("Content-Type", "").startswith("application/json") else text), response.headers

    def open_page(self):
        return self.request("GET", "/")

    def call(self, method, *args, xsrf=True):
        status, body, _ = self.request("POST", "/_pytk/rpc", {"service": DEMO, "method": method, "args": list(args)}, xsrf)
        return status, body

    def login(self, name, password):
        status, body, _ = self.request("POST", "/_pytk/login", {"username": name, "password": password})
        return status, body

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())


def test_passwords_are_stored_as_salted_scrypt_hashes():
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$") and "correct horse" not in stored
    assert stored != hash_password("correct horse")
    assert verify_password("correct horse", stored) and not verify_password("correct hors", stored)
    assert not verify_password("x", "md5$abc") and not verify_password("x", "garbage")


def test_pages_carry_secure_headers_and_the_xsrf_cookie(served):
    browser = Browser(served)
    status, body, headers = browser.open_page()
    assert status == 200
    for name, value in SECURE_HEADERS.items():
        assert headers[name] == value
    assert "_xsrf" in browser.cookies
    assert b'<meta name="pytk-interface"' in body


def test_calls_that_need_a_user_get_401_then_403_then_data(served):
    browser = Browser(served)
    browser.open_page()
    assert browser.call("whoami") == (401, {"error": {"code": "unauthorized", "message": "sign in first", "path": None}})
    assert browser.call("secret")[0] == 401
    assert browser.login("bob", "wrong") == (401, {"error": {"code": "unauthorized", "message": "wrong user name or password", "path": None}})
    assert browser.login("nobody", "hunter22")[0] == 401
    assert browser.login("bob", "hunter22") == (200, {"result": {"name": "bob", "roles": []}})
    assert browser.call("whoami") == (200, {"result": "bob"})
    status, body = browser.call("secret")
    assert status == 403 and "result" not in body and body["error"]["code"] == "forbidden"
    admin = Browser(served)
    admin.open_page()
    assert admin.login("ada", "analytical engine")[0] == 200
    assert admin.call("secret") == (200, {"result": "the admin's secret"})
    assert browser.request("POST", "/_pytk/logout", {})[0] == 200
    assert browser.call("whoami")[0] == 401
    assert browser.call("echo", "open to all") == (200, {"result": "open to all"})


def test_a_forged_or_tampered_session_cookie_is_no_session(served):
    browser = Browser(served)
    browser.open_page()
    browser.login("bob", "hunter22")
    signed = browser.cookies["pytk_session"].strip('"')
    assert browser.call("whoami") == (200, {"result": "bob"})
    fields = signed.split("|")
    bob = base64.b64decode(fields[4].split(":", 1)[1])
    ada = base64.b64encode(bob.replace(b'"bob"', b'"ada"').replace(b"[]", b'["admin"]')).decode()
    fields[4] = f"{len(ada)}:{ada}"
    browser.cookies["pytk_session"] = "|".join(fields)          # the payload changed, the signature did not
    assert browser.call("whoami")[0] == 401
    browser.cookies["pytk_session"] = signed[:-1] + ("0" if signed[-1] != "0" else "1")
    assert browser.call("whoami")[0] == 401
    browser.cookies["pytk_session"] = '{"name": "ada", "roles": ["admin"]}'
    assert browser.call("secret")[0] == 401


def test_http_calls_without_the_xsrf_token_are_refused(served):
    browser = Browser(served)
    browser.open_page()
    status, body = browser.call("echo", 1, xsrf=False)
    assert status == 403 and body["error"]["code"] == "xsrf" and "result" not in body
    status, body, _ = browser.request("POST", "/_pytk/login", {"username": "bob", "password": "hunter22"}, xsrf=False)
    assert status == 403 and "pytk_session" not in browser.cookies


def test_the_socket_acts_as_the_user_of_its_cookie(served):
    signed_out, bob, ada = Browser(served), Browser(served), Browser(served)
    for browser in (signed_out, bob, ada):
        browser.open_page()
    bob.login("bob", "hunter22")
    ada.login("ada", "analytical engine")

    async def scenario():
        results = {}
        for name, browser in (("out", signed_out), ("bob", bob), ("ada", ada)):
            socket = await Socket.open(served.ws_url, Cookie=browser.cookie_header())
            who = await socket.call(1, DEMO, "whoami")
            secret = await socket.call(2, DEMO, "secret")
            await socket.send({"type": "sub", "channel": "staff:room"})
            staff = await socket.receive()
            await socket.send({"type": "sub", "channel": "members:room"})
            members = await socket.receive()
            socket.close()
            results[name] = [(r["status"], r.get("result", r.get("error", {}).get("code"))) for r in (who, secret)] + \
                [(f.get("status", 200), f["type"]) for f in (staff, members)]
        return results
    results = served.loop.run(scenario())
    assert results["out"] == [(401, "unauthorized"), (401, "unauthorized"), (401, "error"), (401, "error")]
    assert results["bob"] == [(200, "bob"), (403, "forbidden"), (403, "error"), (200, "subscribed")]
    assert results["ada"] == [(200, "ada"), (200, "the admin's secret"), (200, "subscribed"), (200, "subscribed")]
