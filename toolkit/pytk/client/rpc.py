"""The client side of RPC: what generated service proxies call.

A proxy method calls :func:`call` with the service's qualified name, the method, the
arguments and a decoding spec (see ``pytk.compiler.rpc_proxy``). The call travels over the
page's websocket (:mod:`pytk.client.socket`) when it is open, else as a JSON POST to
``/_pytk/rpc``; the reply is decoded into Python values, dataclass instances included. A
declared exception comes back as its own class; other failures raise
:class:`pytk.rpc.RpcError` (the server refused the call; :class:`pytk.rpc.IncompatibleClient`
when the page is older than the server's interface) or :class:`pytk.rpc.RemoteError`
(:class:`pytk.rpc.CallTimeout` and :class:`pytk.rpc.CallCancelled` among them). Calls carry
the interface version the page was served with. :func:`calls` sets timeouts and cancellation.
"""
from pytk.rpc.errors import CallCancelled, CallTimeout, IncompatibleClient, RemoteError, RpcError

ENDPOINT = "/_pytk/rpc"
FIRST_OPEN_WAIT = 3.0

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


class Cancel:
    """A switch that cancels the calls started under it::

        stop = Cancel()
        with calls(cancel=stop):
            pending = ReportService().build(year)   # started, not awaited yet
        ...
        stop.cancel()                                # `await pending` raises CallCancelled

    Over the websocket the server stops running the call too."""

    def __init__(self):
        self.cancelled = False
        self.listeners = []

    def cancel(self):
        if self.cancelled:
            return
        self.cancelled = True
        listeners = self.listeners
        self.listeners = []
        for listener in listeners:
            listener()

    def add_listener(self, listener):
        if self.cancelled:
            listener()
        else:
            self.listeners.append(listener)


class CallOptions:
    """Options for the calls started inside a ``with`` block (see :func:`calls`)."""

    def __init__(self, timeout, cancel):
        self.timeout = timeout
        self.cancel = cancel
        self.outer = None

    def __enter__(self):
        global _options
        self.outer = _options
        _options = self
        return self

    def __exit__(self, kind, value, trace):
        global _options
        _options = self.outer
        return False


DEFAULT_TIMEOUT = 30
_options = CallOptions(DEFAULT_TIMEOUT, None)


def calls(timeout=DEFAULT_TIMEOUT, cancel=None):
    """``with calls(timeout=5, cancel=stop):`` - the calls started in the block (each proxy call
    starts when it is made, before it is awaited) time out after ``timeout`` seconds (None: never)
    with CallTimeout and are cancelled by ``cancel`` (a :class:`Cancel`) with CallCancelled."""
    return CallOptions(timeout, cancel)


def set_default_timeout(seconds):
    """The timeout of calls made outside any ``with calls(...)`` block (30 seconds; None: never)."""
    _options.timeout = seconds


def use_socket(enabled):
    """Whether calls may go over the page's websocket (the default) or always over HTTP."""
    global _socket_enabled
    _socket_enabled = enabled


_socket_enabled = True
_version = None


def interface_version():
    """The interface version the page was served with (``<meta name="pytk-interface">``)."""
    global _version
    if _version is None:
        _version = ""
        in_page = __pragma__("js", "{}", "typeof document !== 'undefined'")
        if in_page:
            meta = document.querySelector('meta[name="pytk-interface"]')
            if meta is not None:
                _version = meta.getAttribute("content") or ""
    return _version


async def call(service, method, args, spec):
    """Call ``service.method(*args)`` on the server and return its decoded result."""
    timeout = _options.timeout
    cancel = _options.cancel
    request = {"service": service, "method": method, "args": encode(args)}
    if interface_version():
        request["v"] = interface_version()
    if cancel is not None and cancel.cancelled:
        raise CallCancelled()
    sock = _socket() if _socket_enabled else None
    if sock is not None and (sock.is_open() or await sock.wait_open(FIRST_OPEN_WAIT)):
        restarted = False
        try:
            reply = dict(await sock.call(dict(request), timeout, cancel))  # a copy: the socket adds its id
        except RemoteError as error:
            # The server went away mid-call to be restarted (pytk dev): sent once more, over HTTP.
            restarted = hasattr(error, "server_restarted") and error.server_restarted
            if not restarted:
                raise
        if not restarted:
            return _outcome(reply, reply["status"], spec)
    status, reply = await _post(request, timeout, cancel)
    return _outcome(reply, status, spec)


def _socket():
    from pytk.client.socket import connection

    return connection()


async def _post(request, timeout, cancel):
    """The call as an HTTP POST: a [status, reply] pair."""
    body = JSON.stringify(request)
    # fetch() needs plain JS objects: a compiled dict is iterable and would be misread.
    header_pairs = [["Content-Type", "application/json"]]
    token = _xsrf_token()
    if token:
        header_pairs.append(["X-XSRFToken", token])
    headers = Object.fromEntries(header_pairs)
    option_pairs = [["method", "POST"], ["headers", headers], ["body", body]]
    aborter = _aborter()
    given_up = {"why": None}
    timer = None
    if aborter is not None:
        option_pairs.append(["signal", aborter.signal])

        def give_up(why):
            given_up["why"] = why
            aborter.abort()
        if timeout is not None:
            timer = setTimeout(lambda: give_up("timeout"), timeout * 1000)
        if cancel is not None:
            cancel.add_listener(lambda: give_up("cancel"))
    options = Object.fromEntries(option_pairs)
    try:
        response = await fetch(ENDPOINT, options)
        text = await response.text()
    except:
        if given_up["why"] == "timeout":
            raise CallTimeout()
        if given_up["why"] == "cancel":
            raise CallCancelled()
        raise RemoteError("cannot reach the server")
    finally:
        if timer is not None:
            clearTimeout(timer)
    try:
        reply = dict(JSON.parse(text))
    except:
        raise RemoteError("the server sent an unreadable reply (HTTP " + str(response.status) + ")")
    return [response.status, reply]


def _aborter():
    missing = __pragma__("js", "{}", "typeof AbortController === 'undefined'")
    if missing:
        return None
    return __pragma__("js", "{}", "new AbortController()")


def _xsrf_token():
    """The ``_xsrf`` cookie's value, which the server wants back in a header (when it checks)."""
    outside_page = __pragma__("js", "{}", "typeof document === 'undefined'")
    if outside_page:
        return None
    for part in str(document.cookie).split(";"):
        pair = part.strip()
        if pair.startswith("_xsrf="):
            return decodeURIComponent(pair[6:])
    return None


def _outcome(reply, status, spec):
    """The result of a reply, or the exception it stands for."""
    if "result" in reply:
        return decode(spec, reply["result"])
    if "exception" in reply:
        raise _declared(dict(reply["exception"]))
    error = dict(reply.get("error") or {})
    message = error.get("message") or ("HTTP " + str(status))
    if status >= 500:
        raise RemoteError(message)
    if error.get("code") == "incompatible_client":
        raise IncompatibleClient(message)
    raise RpcError(message, error.get("code") or "bad_request", error.get("path"))


def _declared(exception):
    cls = _classes.get(exception.get("type"))
    if cls is None:
        return RemoteError(exception.get("message") or "the server raised an unknown exception")
    return cls(*(exception.get("args") or []))
