"""The client side of RPC: what generated service proxies call.

A proxy method calls :func:`call` with the service's qualified name, the method, the
arguments and a decoding spec (see ``pytk.compiler.rpc_proxy``). The call is a JSON POST to
``/_pytk/rpc``; the reply is decoded into Python values, dataclass instances included. A
declared exception comes back as its own class; other failures raise
:class:`pytk.rpc.RpcError` (the server refused the call) or :class:`pytk.rpc.RemoteError`.
"""
from pytk.rpc.errors import RemoteError, RpcError

ENDPOINT = "/_pytk/rpc"

_classes = {}


def register(module, classes):
    """Make the classes of a shared module known by qualified name (done by generated code)."""
    for name, cls in classes.items():
        _classes[module + "." + name] = cls


def encode(value):
    """Turn a value into JSON data: dataclasses become objects of their fields."""
    if value is None or isinstance(value, str) or isinstance(value, float) or isinstance(value, int):
        return value
    if isinstance(value, list) or isinstance(value, tuple):
        return [encode(item) for item in value]
    fields = _fields_of(value.__class__) if hasattr(value, "__class__") else None
    if fields is not None:
        data = {}
        for field in fields:
            data[field[0]] = encode(field[2](value))
        return data
    if isinstance(value, dict):
        data = {}
        for key, item in value.items():
            data[key] = encode(item)
        return data
    return value


def decode(spec, value):
    """Rebuild Python values from JSON data as the spec says."""
    if spec is None or value is None:
        return value
    if isinstance(spec, list):
        if spec[0] == "list":
            return [decode(spec[1], item) for item in value]
        result = {}
        for key, item in dict(value).items():
            result[key] = decode(spec[1], item)
        return result
    fields = _fields_of(spec)
    if fields is None:
        return value
    data = dict(value)
    # Positional, in field order: keyword names can differ in JavaScript (name -> py_name).
    return spec(*[decode(field[1], data.get(field[0])) for field in fields])


def _fields_of(cls):
    """The fields recorded on a dataclass, or None for any other class.

    Not ``getattr(cls, name, None)``: the generated ``getattr`` ignores its default.
    """
    if hasattr(cls, "_pytk_fields"):
        return cls._pytk_fields
    return None


async def call(service, method, args, spec):
    """Call ``service.method(*args)`` on the server and return its decoded result."""
    body = JSON.stringify({"service": service, "method": method, "args": encode(args)})
    # fetch() needs plain JS objects: a compiled dict is iterable and would be misread.
    headers = Object.fromEntries([["Content-Type", "application/json"]])
    options = Object.fromEntries([["method", "POST"], ["headers", headers], ["body", body]])
    try:
        response = await fetch(ENDPOINT, options)
        text = await response.text()
    except:
        raise RemoteError("cannot reach the server")
    try:
        reply = dict(JSON.parse(text))
    except:
        raise RemoteError("the server sent an unreadable reply (HTTP " + str(response.status) + ")")
    if "result" in reply:
        return decode(spec, reply["result"])
    if "exception" in reply:
        raise _declared(dict(reply["exception"]))
    error = dict(reply.get("error") or {})
    message = error.get("message") or ("HTTP " + str(response.status))
    if response.status >= 500:
        raise RemoteError(message)
    raise RpcError(message, error.get("code") or "bad_request", error.get("path"))


def _declared(exception):
    cls = _classes.get(exception.get("type"))
    if cls is None:
        return RemoteError(exception.get("message") or "the server raised an unknown exception")
    return cls(*(exception.get("args") or []))
