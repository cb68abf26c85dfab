"""Channels in the browser: subscribe to a server channel, publish where its policy allows.

::

    from pytk.client.channels import channel

    def show(line):
        ...

    lobby = channel("chat:lobby", ChatLine)       # messages rebuilt as ChatLine instances
    lobby.subscribe(show, on_resync=reload_history, on_presence=show_members)
    seq = await lobby.publish(ChatLine("ada", "hello"))

Subscriptions ride on the page's websocket (:mod:`pytk.client.socket`). Each channel remembers
the seq of the last message it handed over; when the socket comes back after a drop it
subscribes again from there, and the server replays what was missed, so the handler sees every
message once, in order. If the gap is larger than the server keeps, ``on_resync(seq)`` is called
instead: reload the state (say, the last messages, by RPC) and carry on.
"""
from pytk.client.rpc import decode, encode
from pytk.client.socket import connection
from pytk.rpc.errors import RemoteError, RpcError

_channels = {}
_attached = [False]


class Channel:
    """One channel of the server, seen from this page."""

    def __init__(self, name, spec):
        self.name = name
        self.spec = spec
        self.last_seq = None
        self.on_message = None
        self.on_resync = None
        self.on_presence = None
        self.on_error = None
        self.active = False
        self.members = []
        self.received = 0

    def subscribe(self, on_message, on_resync=None, on_presence=None, on_error=None):
        """Call ``on_message(data)`` for each message from now on; return this channel.

        ``on_resync(seq)``: messages were lost past the replay window. ``on_presence(members)``:
        who is subscribed (channels with presence). ``on_error(error)``: the server refused the
        subscription (an RpcError whose code is ``unknown_channel``, ``unauthorized`` or
        ``forbidden``)."""
        self.on_message = on_message
        self.on_resync = on_resync
        self.on_presence = on_presence
        self.on_error = on_error
        self.active = True
        _attach()
        conn = connection()
        if conn is not None:
            conn.send(self._sub_frame())
        return self

    def unsubscribe(self):
        self.active = False
        conn = connection()
        if conn is not None:
            conn.send({"type": "unsub", "channel": self.name})

    async def publish(self, data, timeout=10):
        """Send ``data`` to the channel's subscribers; return its seq. Raises RpcError when the
        policy refuses it and RemoteError when the socket is not connected."""
        conn = connection()
        if conn is None or not conn.is_open():
            opened = False
            if conn is not None:
                opened = await conn.wait_open(3)
            if not opened:
                raise RemoteError("not connected to the server")
        reply = dict(await conn.request({"type": "pub", "channel": self.name, "data": encode(data)}, timeout, None))
        if "result" in reply:
            return reply["result"]
        error = dict(reply.get("error") or {})
        raise RpcError(error.get("message") or "refused", error.get("code") or "bad_request", error.get("path"))

    def _sub_frame(self):
        return {"type": "sub", "channel": self.name, "since": self.last_seq}

    def _frame(self, frame):
        kind = frame.get("type")
        if kind == "msg":
            seq = frame.get("seq")
            if self.last_seq is not None and seq <= self.last_seq:
                return
            self.last_seq = seq
            self.received += 1
            if self.on_message is not None:
                self.on_message(decode(self.spec, frame.get("data")))
        elif kind == "subscribed":
            if self.last_seq is None:
                self.last_seq = frame.get("seq")
            if "presence" in frame:
                self._presence(frame.get("presence"))
        elif kind == "resync":
            self.last_seq = frame.get("seq")
            if self.on_resync is not None:
                self.on_resync(self.last_seq)
        elif kind == "presence":
            self._presence(frame.get("presence"))
        elif kind == "error":
            self.active = False
            error = dict(frame.get("error") or {})
            if self.on_error is not None:
                self.on_error(RpcError(error.get("message") or "refused", error.get("code") or "bad_request", None))

    def _presence(self, members):
        members = [dict(member) for member in members]
        self.members = members
        if self.on_presence is not None:
            self.on_presence(members)


def channel(name, spec=None):
    """The page's handle on the channel ``name``; ``spec`` (a dataclass) rebuilds its messages."""
    found = _channels.get(name)
    if found is None:
        found = Channel(name, spec)
        _channels[name] = found
    return found


def _attach():
    """Listen to the page's socket once: route channel frames, re-subscribe after a reconnect."""
    if _attached[0]:
        return
    conn = connection()
    if conn is None:
        return
    _attached[0] = True

    def on_frame(frame):
        name = frame.get("channel")
        found = _channels.get(name) if name is not None else None
        if found is not None:
            found._frame(frame)

    def on_open():
        for name in list(_channels.keys()):
            found = _channels[name]
            if found.active:
                conn.send(found._sub_frame())

    conn.on_frame(on_frame)
    conn.on_open(on_open)
