"""Who is calling: sessions in signed cookies, sign-in with hashed passwords, required roles.

Give the app an :class:`Auth` (a user store and a secret that signs the session cookie)::

    from pytk.server.auth import Auth, MemoryUsers, requires

    users = MemoryUsers()
    users.add("ada", "correct horse", roles=["admin"])
    auth = Auth(users, secret=...)          # production_app(dist, registry, auth=auth)

    class ReportsImpl(ReportsService):
        @requires("admin")
        async def totals(self) -> Totals: ...

The page signs in with ``POST /_pytk/login`` (``{"username", "password"}``) and out with
``POST /_pytk/logout`` (:mod:`pytk.client.auth` does both and reconnects the page's socket, whose
user is the one of its opening request). The session is a signed, HttpOnly, SameSite=Lax cookie;
with an Auth the server also checks Tornado's XSRF token on every POST. A call or subscription
that needs a signed-in user gets 401 ``unauthorized`` without one, and 403 ``forbidden`` without
a required role: never data. Server code reads the caller with :func:`current_user`.
"""
from __future__ import annotations

import contextvars
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, TypeVar

import tornado.web

from pytk.server.rpc import Refusal, dumps, error_payload, loads

__all__ = ["Auth", "use", "configured_auth", "User", "UserStore", "MemoryUsers", "requires", "required_roles", "current_user",
           "hash_password", "verify_password", "refusal_for", "auth_routes", "session_user",
           "SESSION_COOKIE", "LOGIN_PATH", "LOGOUT_PATH"]

SESSION_COOKIE = "pytk_session"
LOGIN_PATH = "/_pytk/login"
LOGOUT_PATH = "/_pytk/logout"
SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}

F = TypeVar("F", bound=Callable[..., Any])
_caller: contextvars.ContextVar[Any] = contextvars.ContextVar("pytk_caller", default=None)


@dataclass(frozen=True)
class User:
    """A signed-in user: a name and roles."""

    name: str
    roles: frozenset[str] = field(default_factory=frozenset)


class UserStore(Protocol):
    async def authenticate(self, name: str, password: str) -> User | None:
        """The user with this name and password, or None."""


def hash_password(password: str) -> str:
    """A salted scrypt hash of ``password``, as ``scrypt$n$r$p$salt$hash`` (hex)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **SCRYPT)
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a hash made by :func:`hash_password` (in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        again = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                               p=int(p), dklen=len(digest) // 2, maxmem=64 * 1024 * 1024)
    except ValueError:
        return False
    return hmac.compare_digest(again.hex(), digest)


class MemoryUsers:
    """Users kept in memory with hashed passwords (for samples and tests; keep real ones in a database)."""

    _unknown = hash_password(secrets.token_hex(8))

    def __init__(self) -> None:
        self.users: dict[str, tuple[str, frozenset[str]]] = {}

    def add(self, name: str, password: str, roles: list[str] | tuple[str, ...] = ()) -> User:
        self.users[name] = (hash_password(password), frozenset(roles))
        return User(name, frozenset(roles))

    async def authenticate(self, name: str, password: str) -> User | None:
        stored, roles = self.users.get(name, (self._unknown, frozenset()))
        ok = verify_password(password, stored)  # an unknown name costs the same time
        return User(name, roles) if ok and name in self.users else None


@dataclass
class Auth:
    """Sessions for an app: where users are checked and the secret that signs their cookies."""

    users: UserStore
    secret: str
    max_age_days: float = 14

    def settings(self) -> dict[str, Any]:
        """Tornado application settings: the cookie secret and XSRF checks."""
        return {"cookie_secret": self.secret, "xsrf_cookies": True, "pytk_auth": self,
                "xsrf_cookie_kwargs": {"samesite": "Lax", "path": "/"}}


_configured: list[Auth] = []


def use(auth: Auth) -> Auth:
    """Give the app's server its :class:`Auth` (call it from the app's ``server`` package)."""
    _configured[:] = [auth]
    return auth


def configured_auth() -> Auth | None:
    """The Auth given to :func:`use`, if any."""
    return _configured[0] if _configured else None


def requires(*roles: str) -> Callable[[F], F]:
    """Mark a service method (or a whole implementation class) as needing a signed-in user with
    ``roles`` (none: any signed-in user)."""
    def mark(target: F) -> F:
        target._pytk_requires = ("user", *roles)  # type: ignore[attr-defined]
        return target
    return mark


def required_roles(method: Any) -> tuple[str, ...]:
    """What :func:`requires` asked of a bound method or its class; () when nothing."""
    marked = getattr(method, "_pytk_requires", None)
    if marked is None:
        marked = getattr(getattr(method, "__self__", None), "_pytk_requires", ())
    return tuple(marked)


def roles_of(user: Any) -> frozenset[str]:
    return frozenset(getattr(user, "roles", ()) or ())


def refusal_for(handler: Any, requires: tuple[str, ...]) -> Refusal | None:
    """Why ``handler``'s user may not do what needs ``requires`` (None: it may).

    Signed out: 401 ``unauthorized``; signed in without a role: 403 ``forbidden``. ``()`` allows
    everyone; ``("user",)`` every signed-in user."""
    if not requires:
        return None
    user = handler.current_user if handler is not None else None
    if user is None:
        return Refusal(401, "unauthorized", "sign in first")
    missing = sorted(set(requires) - {"user"} - roles_of(user))
    if missing:
        return Refusal(403, "forbidden", f"this needs the role {missing[0]!r}")
    return None


def current_user() -> User | None:
    """The user whose call is running (None: signed out, or not in a call)."""
    return _caller.get()


def set_current_user(user: User | None) -> contextvars.Token:
    return _caller.set(user)


def session_user(handler: tornado.web.RequestHandler) -> User | None:
    """The user of a request's signed session cookie, if the app has sessions and it is valid."""
    auth = handler.settings.get("pytk_auth")
    if auth is None:
        return None
    raw = handler.get_signed_cookie(SESSION_COOKIE, max_age_days=auth.max_age_days)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        return User(str(data["name"]), frozenset(str(role) for role in data["roles"]))
    except (ValueError, KeyError, TypeError):
        return None


class _JsonPost(tornado.web.RequestHandler):
    def set_default_headers(self) -> None:
        self.set_header("Content-Type", "application/json; charset=UTF-8")
        self.set_header("Cache-Control", "no-store")

    def get_current_user(self) -> User | None:
        return session_user(self)

    def send(self, status: int, payload: dict[str, Any]) -> None:
        self.set_status(status)
        self.finish(dumps(payload))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        if status_code == 403:
            self.send(403, error_payload("xsrf", "the request carries no valid XSRF token: send the _xsrf "
                                         "cookie's value in the X-XSRFToken header"))
        else:
            self.send(status_code, error_payload("internal" if status_code >= 500 else f"http_{status_code}",
                                                 self._reason))

    def set_session(self, user: User | None) -> None:
        if user is None:
            self.clear_cookie(SESSION_COOKIE, path="/")
            return
        auth: Auth = self.settings["pytk_auth"]
        value = dumps({"name": user.name, "roles": sorted(user.roles)})
        self.set_signed_cookie(SESSION_COOKIE, value, expires_days=auth.max_age_days, path="/", httponly=True,
                               samesite="Lax", secure=self.request.protocol == "https")


class LoginHandler(_JsonPost):
    """``POST /_pytk/login`` with ``{"username", "password"}``: 200 and the session cookie, or 401."""

    async def post(self) -> None:
        try:
            body = loads(self.request.body)
        except Refusal as refusal:
            self.send(refusal.status, error_payload(refusal.code, refusal.message))
            return
        if not (isinstance(body, dict) and isinstance(body.get("username"), str)
                and isinstance(body.get("password"), str)):
            self.send(400, error_payload("bad_json", "send {\"username\": ..., \"password\": ...}"))
            return
        auth: Auth = self.settings["pytk_auth"]
        user = await auth.users.authenticate(body["username"], body["password"])
        if user is None:
            self.send(401, error_payload("unauthorized", "wrong user name or password"))
            return
        self.set_session(user)
        self.send(200, {"result": {"name": user.name, "roles": sorted(user.roles)}})


class LogoutHandler(_JsonPost):
    """``POST /_pytk/logout``: forget the session."""

    def post(self) -> None:
        self.set_session(None)
        self.send(200, {"result": None})


class WhoAmIHandler(_JsonPost):
    """``GET /_pytk/me``: the signed-in user, or null."""

    def get(self) -> None:
        user = self.current_user
        self.send(200, {"result": None if user is None else {"name": user.name, "roles": sorted(user.roles)}})


def auth_routes() -> list[tuple[str, type]]:
    """The sign-in routes; the application needs :meth:`Auth.settings`."""
    return [(LOGIN_PATH, LoginHandler), (LOGOUT_PATH, LogoutHandler), ("/_pytk/me", WhoAmIHandler)]
