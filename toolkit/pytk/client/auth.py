"""Signing in and out from the browser (the server side is :mod:`pytk.server.auth`)::

    from pytk.client.auth import login, logout

    user = await login(name.value, password.value)     # {"name": ..., "roles": [...]}
    ...
    await logout()

Both go over HTTP (a websocket cannot set the session cookie) and then reopen the page's
socket, so that its calls and subscriptions are made as the new user. A wrong name or password
raises :class:`pytk.rpc.RpcError` with the code ``unauthorized``.
"""
from pytk.client.rpc import _xsrf_token
from pytk.client.socket import connection
from pytk.rpc.errors import RemoteError, RpcError

LOGIN = "/_pytk/login"
LOGOUT = "/_pytk/logout"
ME = "/_pytk/me"


async def _send(url, method, payload):
    header_pairs = [["Content-Type", "application/json"]]
    token = _xsrf_token()
    if token:
        header_pairs.append(["X-XSRFToken", token])
    option_pairs = [["method", method], ["headers", Object.fromEntries(header_pairs)]]
    if payload is not None:
        option_pairs.append(["body", JSON.stringify(payload)])
    try:
        response = await fetch(url, Object.fromEntries(option_pairs))
        text = await response.text()
    except:
        raise RemoteError("cannot reach the server")
    try:
        reply = dict(JSON.parse(text))
    except:
        raise RemoteError("the server sent an unreadable reply (HTTP " + str(response.status) + ")")
    if response.status >= 500:
        raise RemoteError("internal server error")
    if response.status != 200:
        error = dict(reply.get("error") or {})
        raise RpcError(error.get("message") or "refused", error.get("code") or "bad_request", None)
    return reply.get("result")


def _reconnect():
    conn = connection()
    if conn is not None:
        conn.reconnect()


async def login(username, password):
    """Sign in; return the user as ``{"name": ..., "roles": [...]}``."""
    user = await _send(LOGIN, "POST", {"username": username, "password": password})
    _reconnect()
    return dict(user)


async def logout():
    """Sign out."""
    await _send(LOGOUT, "POST", {})
    _reconnect()


async def current_user():
    """The signed-in user as ``{"name": ..., "roles": [...]}``, or None."""
    user = await _send(ME, "GET", None)
    return None if user is None else dict(user)
