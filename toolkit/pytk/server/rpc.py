"""Typed RPC calls, whatever carries them, and the HTTP endpoint ``POST /_pytk/rpc``.

A request names a service, a method and its positional arguments::

    {"service": "hello.shared.greet.GreetService", "method": "greet", "args": ["Ada"]}

and gets back one of ``{"result": ...}`` (200), ``{"exception": {...}}`` (200, a
declared exception) or ``{"error": {"code", "message", "path"}}`` (4xx/5xx). The
arguments are checked against the interface's type hints before the implementation
runs; a failure in the implementation is logged and reported without details.

:func:`check_request`, :func:`prepare` and :func:`run` are the transport-neutral steps that
both the HTTP handler here and the websocket in :mod:`pytk.server.socket` use; a request may
also carry ``"v"``, the interface version the client was built against
(:mod:`pytk.server.version`). docs/rpc.md describes the format for other clients.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import tornado.web

from pytk.rpc.codec import DecodeError, decode, encode
from pytk.server.registry import MethodInfo, ServiceRegistry, UnknownMethod, UnknownService, service_name
from pytk.server.version import INCOMPATIBLE, interface_version

__all__ = ["RpcHandler", "rpc_routes", "Refusal", "Reply", "check_request", "prepare", "run", "dumps",
           "RPC_PATH", "DEFAULT_MAX_BODY"]

RPC_PATH = "/_pytk/rpc"
DEFAULT_MAX_BODY = 1024 * 1024

log = logging.getLogger("pytk.rpc")

_REQUIRED_KEYS = {"service": str, "method": str, "args": list}
_OPTIONAL_KEYS = {"v": str}
_JSON_TYPE_NAMES = {str: "a string", list: "a list"}
_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
               413: "too_large", 415: "unsupported_media_type"}


class Refusal(Exception):
    """A call answered with an ``{"error": ...}`` body and a 4xx status, before it runs."""

    def __init__(self, status: int, code: str, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.path = status, code, message, path

    def reply(self) -> Reply:
        return Reply(self.status, error_payload(self.code, self.message, self.path))


@dataclass(frozen=True)
class Reply:
    """The outcome of a call: an HTTP status and the JSON payload that goes with it."""

    status: int
    payload: dict[str, Any]
    text: str | None = None
    """The payload as JSON, when it was already encoded."""

    def json(self) -> str:
        return self.text if self.text is not None else dumps(self.payload)


def error_payload(code: str, message: str, path: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "path": path}}


INTERNAL = Reply(500, error_payload("internal", "internal server error"))


def check_request(request: Any, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    """Shape-check a parsed request object; ``extra`` names keys the transport handles itself."""
    if not isinstance(request, dict):
        raise Refusal(400, "bad_json", "request body must be a JSON object")
    for key, kind in _REQUIRED_KEYS.items():
        if key not in request:
            raise Refusal(400, "bad_json", f"request is missing the {key!r} key")
        if not isinstance(request[key], kind):
            raise Refusal(400, "bad_json", f"{key!r} must be {_JSON_TYPE_NAMES[kind]}")
    for key, kind in _OPTIONAL_KEYS.items():
        if key in request and not isinstance(request[key], kind):
            raise Refusal(400, "bad_json", f"{key!r} must be {_JSON_TYPE_NAMES[kind]}")
    unknown = sorted(set(request) - set(_REQUIRED_KEYS) - set(_OPTIONAL_KEYS) - set(extra))
    if unknown:
        raise Refusal(400, "bad_json", f"unknown key {unknown[0]!r} in request")
    return request


def prepare(registry: ServiceRegistry, request: dict[str, Any],
            caller: tornado.web.RequestHandler | None = None) -> tuple[MethodInfo, list[Any]]:
    """Resolve a checked request to the method to call and its decoded arguments.

    A request stamped with an interface version other than the registry's is refused first; a
    method marked with :func:`pytk.server.auth.requires` is refused to a ``caller`` without the
    user or roles it needs (before its arguments are even looked at)."""
    from pytk.server.auth import refusal_for, required_roles

    if "v" in request and request["v"] != interface_version(registry):
        raise Refusal(409, "incompatible_client", INCOMPATIBLE)
    info = _lookup(registry, request["service"], request["method"])
    refused = refusal_for(caller, required_roles(info.method))
    if refused is not None:
        raise refused
    args = request["args"]
    if not info.required <= len(args) <= len(info.param_names):
        raise Refusal(400, "bad_arguments", _arity_message(info, len(args)))
    try:
        return info, [decode(hint, arg, f"args[{index}]")
                      for index, (hint, arg) in enumerate(zip(info.param_hints, args))]
    except DecodeError as error:
        raise Refusal(422, "bad_argument", error.message, error.path) from None


async def run(registry: ServiceRegistry, info: MethodInfo, args: list[Any], user: Any = None) -> Reply:
    """Call the implementation (``user`` is what :func:`pytk.server.auth.current_user` gives it)
    and encode what it returned or raised."""
    from pytk.server.auth import set_current_user

    set_current_user(user)
    try:
        value = await info.method(*args)
    except Exception as exc:
        if registry.is_declared(exc):
            return Reply(200, {"exception": _describe_exception(exc)})
        log.exception("RPC %s.%s raised", service_name(info.interface), info.name)
        return INTERNAL
    try:
        result = encode(value)
        decode(info.return_hint, result, "result")
        payload = {"result": result}
        text = dumps(payload)
    except (TypeError, ValueError):
        log.exception("RPC %s.%s returned a value that does not match its declared return type",
                      service_name(info.interface), info.name)
        return INTERNAL
    return Reply(200, payload, text)


def loads(text: bytes | str) -> Any:
    """Parse JSON text, refusing bad UTF-8, NaN and infinities with a ``bad_json`` refusal."""
    try:
        return json.loads(text.decode("utf-8") if isinstance(text, bytes) else text,
                          parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise Refusal(400, "bad_json", "request body is not valid UTF-8") from None
    except RecursionError:
        raise Refusal(400, "bad_json", "request body is nested too deeply") from None
    except ValueError as error:
        raise Refusal(400, "bad_json", f"request body is not valid JSON: {error}") from None


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class RpcHandler(tornado.web.RequestHandler):
    """Dispatches RPC calls over HTTP to the implementations in a :class:`ServiceRegistry`."""

    def initialize(self, registry: ServiceRegistry, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.registry = registry
        self.max_body = max_body

    def get_current_user(self) -> Any:
        from pytk.server.auth import session_user

        return session_user(self)

    def set_default_headers(self) -> None:
        self.set_header("Content-Type", "application/json; charset=UTF-8")
        self.set_header("Cache-Control", "no-store")

    def check_xsrf_cookie(self) -> None:
        """Checked in :meth:`post` instead, so that a refusal is a JSON error like any other."""

    async def post(self) -> None:
        try:
            self._check_xsrf()
            request = self._parse()
            info, args = prepare(self.registry, request, self)
        except Refusal as refusal:
            self._send(refusal.reply())
            return
        self._send(await run(self.registry, info, args, self.current_user))

    def _check_xsrf(self) -> None:
        if not self.settings.get("xsrf_cookies"):
            return
        try:
            tornado.web.RequestHandler.check_xsrf_cookie(self)
        except tornado.web.HTTPError:
            raise Refusal(403, "xsrf", "the call carries no valid XSRF token: send the _xsrf cookie's "
                          "value in the X-XSRFToken header") from None

    def _parse(self) -> dict[str, Any]:
        body = self.request.body
        if len(body) > self.max_body:
            raise Refusal(413, "too_large", f"request body is {len(body)} bytes; the limit is {self.max_body}")
        content_type = self.request.headers.get("Content-Type", "")
        media_type, _, params = content_type.partition(";")
        if media_type.strip().lower() != "application/json":
            raise Refusal(415, "unsupported_media_type",
                          f"Content-Type must be application/json, got {content_type or 'nothing'}")
        charset = _charset(params)
        if charset not in (None, "utf-8", "utf8"):
            raise Refusal(415, "unsupported_media_type", f"charset must be utf-8, got {charset}")
        return check_request(loads(body))

    def _send(self, reply: Reply) -> None:
        self.set_status(reply.status)
        self.finish(reply.json())

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """Errors Tornado raises itself (405, a bug in this handler) are JSON too."""
        if status_code >= 500:
            self._send(Reply(status_code, error_payload("internal", "internal server error")))
            return
        if status_code == 405:
            self.set_header("Allow", "POST")
            message = f"method {self.request.method} is not allowed; use POST"
        else:
            message = self._reason
        self._send(Reply(status_code, error_payload(_HTTP_CODES.get(status_code, f"http_{status_code}"), message)))


def rpc_routes(registry: ServiceRegistry, max_body: int = DEFAULT_MAX_BODY) -> list[tuple[str, type, dict[str, Any]]]:
    """The Tornado routes that serve ``registry``: ``[(r"/_pytk/rpc", RpcHandler, {...})]``."""
    return [(RPC_PATH, RpcHandler, {"registry": registry, "max_body": max_body})]


def _lookup(registry: ServiceRegistry, service: str, method: str) -> MethodInfo:
    try:
        return registry.lookup(service, method)
    except UnknownService:
        raise Refusal(404, "unknown_service", f"no service named {service!r}") from None
    except UnknownMethod:
        raise Refusal(404, "unknown_method", f"{service} has no method {method!r}") from None


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return None


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def _arity_message(info: MethodInfo, given: int) -> str:
    most, least = len(info.param_names), info.required
    count = str(most) if least == most else f"{least} to {most}"
    noun = "argument" if count == "1" else "arguments"
    return f"{info.name}() takes {count} {noun}, got {given}"


def _describe_exception(exc: BaseException) -> dict[str, Any]:
    cls = type(exc)
    return {"type": f"{cls.__module__}.{cls.__qualname__}",
            "args": [_encode_or_str(arg) for arg in exc.args],
            "message": str(exc)}


def _encode_or_str(value: Any) -> Any:
    try:
        encoded = encode(value)
        dumps({"value": encoded})
        return encoded
    except (TypeError, ValueError):
        return str(value)
