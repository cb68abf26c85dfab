"""RPC over HTTP: ``POST /_pytk/rpc`` with a JSON body.

A request names a service, a method and its positional arguments::

    {"service": "hello.shared.greet.GreetService", "method": "greet", "args": ["Ada"]}

and gets back one of ``{"result": ...}`` (200), ``{"exception": {...}}`` (200, a
declared exception) or ``{"error": {"code", "message", "path"}}`` (4xx/5xx). The
arguments are checked against the interface's type hints before the implementation
runs; a failure in the implementation is logged and reported without details.
docs/rpc.md describes the format for clients other than the browser.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import tornado.web

from pytk.rpc.codec import DecodeError, decode, encode
from pytk.server.registry import MethodInfo, ServiceRegistry, UnknownMethod, UnknownService, service_name

__all__ = ["RpcHandler", "rpc_routes", "RPC_PATH", "DEFAULT_MAX_BODY"]

RPC_PATH = "/_pytk/rpc"
DEFAULT_MAX_BODY = 1024 * 1024

log = logging.getLogger("pytk.rpc")

_REQUEST_KEYS = {"service": str, "method": str, "args": list}
_JSON_TYPE_NAMES = {str: "a string", list: "a list"}
_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
               413: "too_large", 415: "unsupported_media_type"}


class _Refusal(Exception):
    """A request the handler answers with an ``{"error": ...}`` body."""

    def __init__(self, status: int, code: str, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.path = status, code, message, path


class RpcHandler(tornado.web.RequestHandler):
    """Dispatches RPC calls to the implementations in a :class:`ServiceRegistry`."""

    def initialize(self, registry: ServiceRegistry, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.registry = registry
        self.max_body = max_body

    def set_default_headers(self) -> None:
        self.set_header("Content-Type", "application/json; charset=UTF-8")
        self.set_header("Cache-Control", "no-store")

    def check_xsrf_cookie(self) -> None:
        """Calls need no XSRF token: a JSON content type cannot be sent cross-site
        without a CORS preflight, which this handler never grants."""

    async def post(self) -> None:
        try:
            info, args = self._parse()
        except _Refusal as refusal:
            self._send_error(refusal.status, refusal.code, refusal.message, refusal.path)
            return
        try:
            value = await info.method(*args)
        except Exception as exc:
            if self.registry.is_declared(exc):
                self._send(200, {"exception": _describe_exception(exc)})
            else:
                log.exception("RPC %s.%s raised", service_name(info.interface), info.name)
                self._send_internal_error()
            return
        try:
            result = encode(value)
            decode(info.return_hint, result, "result")
            body = _dumps({"result": result})
        except (TypeError, ValueError):
            log.exception("RPC %s.%s returned a value that does not match its declared return type",
                          service_name(info.interface), info.name)
            self._send_internal_error()
            return
        self.set_status(200)
        self.finish(body)

    def _parse(self) -> tuple[MethodInfo, list[Any]]:
        body = self.request.body
        if len(body) > self.max_body:
            raise _Refusal(413, "too_large", f"request body is {len(body)} bytes; the limit is {self.max_body}")
        content_type = self.request.headers.get("Content-Type", "")
        media_type, _, params = content_type.partition(";")
        if media_type.strip().lower() != "application/json":
            raise _Refusal(415, "unsupported_media_type",
                           f"Content-Type must be application/json, got {content_type or 'nothing'}")
        charset = _charset(params)
        if charset not in (None, "utf-8", "utf8"):
            raise _Refusal(415, "unsupported_media_type", f"charset must be utf-8, got {charset}")
        request = _loads(body)
        info = self._lookup(request["service"], request["method"])
        args = request["args"]
        if not info.required <= len(args) <= len(info.param_names):
            raise _Refusal(400, "bad_arguments", _arity_message(info, len(args)))
        try:
            return info, [decode(hint, arg, f"args[{index}]")
                          for index, (hint, arg) in enumerate(zip(info.param_hints, args))]
        except DecodeError as error:
            raise _Refusal(422, "bad_argument", error.message, error.path) from None

    def _lookup(self, service: str, method: str) -> MethodInfo:
        try:
            return self.registry.lookup(service, method)
        except UnknownService:
            raise _Refusal(404, "unknown_service", f"no service named {service!r}") from None
        except UnknownMethod:
            raise _Refusal(404, "unknown_method", f"{service} has no method {method!r}") from None

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        self.set_status(status)
        self.finish(_dumps(payload))

    def _send_error(self, status: int, code: str, message: str, path: str | None = None) -> None:
        self._send(status, {"error": {"code": code, "message": message, "path": path}})

    def _send_internal_error(self) -> None:
        self._send_error(500, "internal", "internal server error")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """Errors Tornado raises itself (405, a bug in this handler) are JSON too."""
        if status_code >= 500:
            self._send_error(status_code, "internal", "internal server error")
            return
        if status_code == 405:
            self.set_header("Allow", "POST")
            message = f"method {self.request.method} is not allowed; use POST"
        else:
            message = self._reason
        self._send_error(status_code, _HTTP_CODES.get(status_code, f"http_{status_code}"), message)


def rpc_routes(registry: ServiceRegistry, max_body: int = DEFAULT_MAX_BODY) -> list[tuple[str, type, dict[str, Any]]]:
    """The Tornado routes that serve ``registry``: ``[(r"/_pytk/rpc", RpcHandler, {...})]``."""
    return [(RPC_PATH, RpcHandler, {"registry": registry, "max_body": max_body})]


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return None


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def _loads(body: bytes) -> dict[str, Any]:
    """Parse and shape-check the request body."""
    try:
        request = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise _Refusal(400, "bad_json", "request body is not valid UTF-8") from None
    except ValueError as error:
        raise _Refusal(400, "bad_json", f"request body is not valid JSON: {error}") from None
    if not isinstance(request, dict):
        raise _Refusal(400, "bad_json", "request body must be a JSON object")
    for key, kind in _REQUEST_KEYS.items():
        if key not in request:
            raise _Refusal(400, "bad_json", f"request is missing the {key!r} key")
        if not isinstance(request[key], kind):
            raise _Refusal(400, "bad_json", f"{key!r} must be {_JSON_TYPE_NAMES[kind]}")
    unknown = sorted(set(request) - set(_REQUEST_KEYS))
    if unknown:
        raise _Refusal(400, "bad_json", f"unknown key {unknown[0]!r} in request")
    return request


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


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
        _dumps({"value": encoded})
        return encoded
    except (TypeError, ValueError):
        return str(value)
