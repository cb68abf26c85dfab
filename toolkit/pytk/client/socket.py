"""The page's one websocket to its server (``/_pytk/ws``), shared by RPC calls and channels.

:func:`connection` opens it on first use. It carries calls as frames with ids (see
``pytk.server.socket`` for the frames) and channel messages. When it drops, calls in flight
fail with :class:`pytk.rpc.RemoteError`, new calls go over HTTP, and the connection comes back
by itself after a delay that doubles on each failed try (a quarter second, then up to eight
seconds, with some randomness so that a restarted server is not hit by every page at once).
Whoever needs to know (channels re-subscribing) registers with :meth:`Connection.on_open`.
"""
from pytk.rpc.errors import RemoteError

PATH = "/_pytk/ws"
FIRST_DELAY = 0.25
MAX_DELAY = 8.0
FIRST_OPEN_WAIT = 3.0
SERVICE_RESTART = 1012  # the close code of a server that is being restarted (pytk dev)
"""How long a call waits for the socket to open the first time before going over HTTP."""

_connection = None


def available():
    """Whether this platform can open the page's websocket (a browser can; node 20 cannot)."""
    return __pragma__("js", "{}", "typeof WebSocket !== 'undefined' && typeof location !== 'undefined'")


def connection():
    """The page's connection, opened on first use; None where there is no WebSocket."""
    global _connection
    if _connection is None and available():
        _connection = Connection(_url())
        _connection.start()
    return _connection


def _url():
    scheme = "wss:" if location.protocol == "https:" else "ws:"
    return scheme + "//" + location.host + PATH


def _later(seconds, action):
    return setTimeout(action, seconds * 1000)


class Connection:
    """One websocket that reconnects by itself; calls and channel frames share it."""

    def __init__(self, url):
        self.url = url
        self.socket = None
        self.state = "idle"
        self.opened_once = False
        self.attempt = 0
        self.next_id = 1
        self.pending = {}
        self.open_waiters = []
        self.open_listeners = []
        self.frame_listeners = []
        self.server_version = None
        self.connection_id = None
        self.opens = 0

    # -- the socket's life ---------------------------------------------------------------
    def start(self):
        self.state = "connecting"
        url = self.url
        socket = __pragma__("js", "{}", "new WebSocket(url)")
        self.socket = socket

        def on_message(event):
            if self.socket is socket:
                self._receive(event.data)

        def on_close(event):
            if self.socket is socket:
                self._closed(None, event.code == SERVICE_RESTART)

        socket.addEventListener("message", on_message)
        socket.addEventListener("close", on_close)

    def _receive(self, text):
        try:
            frame = dict(JSON.parse(text))
        except:
            return
        kind = frame.get("type")
        if kind == "hello":
            self._opened(frame)
        elif kind == "reply":
            self._answer(frame)
        else:
            for listener in list(self.frame_listeners):
                listener(frame)

    def _opened(self, hello):
        self.state = "open"
        self.opened_once = True
        self.attempt = 0
        self.opens += 1
        self.server_version = hello.get("v")
        self.connection_id = hello.get("conn")
        waiters = self.open_waiters
        self.open_waiters = []
        for waiter in waiters:
            waiter(True)
        for listener in list(self.open_listeners):
            listener()

    def _closed(self, delay=None, restarting=False):
        self.state = "closed"
        self.socket = None
        pending = self.pending
        self.pending = {}
        for call_id in list(pending.keys()):
            record = pending[call_id]
            clearTimeout(record["timer"])
            lost = RemoteError("the connection to the server was lost during the call")
            lost.server_restarted = restarting  # the call may be sent once more (see rpc.call)
            record["reject"](lost)
        if self.opened_once:
            waiters = self.open_waiters
            self.open_waiters = []
            for waiter in waiters:
                waiter(False)
        if delay is None:
            delay = min(MAX_DELAY, FIRST_DELAY * Math.pow(2, self.attempt)) * (0.5 + Math.random() / 2)
            self.attempt += 1
        _later(delay, self.start)

    def drop(self):
        """Close the socket as a network failure would; it reconnects by itself."""
        socket = self.socket
        if socket is not None:
            self._closed()
            socket.close()

    def reconnect(self):
        """Open the socket again now (after sign-in or sign-out: its user is fixed when it opens)."""
        socket = self.socket
        if socket is not None:
            self._closed(0)
            socket.close()

    # -- what others use -------------------------------------------------------------------
    def is_open(self):
        """Whether frames can be sent now (1 is WebSocket.OPEN)."""
        return self.state == "open" and self.socket is not None and self.socket.readyState == 1

    def on_open(self, listener):
        """Call ``listener()`` each time the connection opens (again)."""
        self.open_listeners.append(listener)

    def on_frame(self, listener):
        """Call ``listener(frame)`` for every frame that is not a call's reply."""
        self.frame_listeners.append(listener)

    def send(self, frame):
        """Send a frame if the socket is open; return whether it was sent."""
        if not self.is_open():
            return False
        self.socket.send(JSON.stringify(frame))
        return True

    def wait_open(self, seconds):
        """A promise of True once open, or False after ``seconds`` (or at once, after the first
        opening, while the connection is down: calls then go over HTTP)."""
        def executor(resolve, reject):
            if self.state == "open":
                resolve(True)
                return
            if self.opened_once:
                resolve(False)
                return
            self.open_waiters.append(resolve)
            _later(seconds, lambda: resolve(False))
        return __pragma__("js", "{}", "new Promise(executor)")

    def call(self, request, timeout, cancel):
        """Send a call frame; a promise of the reply frame (see :meth:`request`)."""
        request["type"] = "call"
        return self.request(request, timeout, cancel)

    def request(self, request, timeout, cancel):
        """Send a frame with a new id; a promise of the reply frame with that id. Rejects with
        RemoteError when the connection drops, CallTimeout after ``timeout`` seconds (None:
        never) and CallCancelled on ``cancel``."""
        call_id = self.next_id
        self.next_id += 1
        request["id"] = call_id

        def executor(resolve, reject):
            record = {"resolve": resolve, "reject": reject, "timer": None}
            self.pending[call_id] = record
            if timeout is not None:
                record["timer"] = _later(timeout, lambda: self._give_up(call_id, "timeout"))
            if cancel is not None:
                cancel.add_listener(lambda: self._give_up(call_id, "cancel"))
            self.socket.send(JSON.stringify(request))
        return __pragma__("js", "{}", "new Promise(executor)")

    def _answer(self, frame):
        call_id = frame.get("id")
        record = self.pending.get(call_id)
        if record is None:
            return
        del self.pending[call_id]
        clearTimeout(record["timer"])
        record["resolve"](frame)

    def _give_up(self, call_id, why):
        from pytk.rpc.errors import CallCancelled, CallTimeout

        record = self.pending.get(call_id)
        if record is None:
            return
        del self.pending[call_id]
        clearTimeout(record["timer"])
        self.send({"type": "cancel", "id": call_id})
        record["reject"](CallTimeout() if why == "timeout" else CallCancelled())
