"""Channels: named streams of messages from the server (and, where allowed, from clients) to
every page subscribed to them, with sequence numbers, replay after a reconnect, and presence.

Declare which channels exist and who may use them, in the app's ``server`` package::

    from pytk.server.channels import channels

    def members_only(user, name, action):          # action: "subscribe" or "publish"
        return user is not None

    channels.declare("chat:*", message=ChatLine, client_publish=True, presence=True,
                     authorize=members_only)

and publish from any server code::

    from pytk.server.channels import channel

    seq = await channel("chat:lobby").publish(ChatLine("ada", "hello"))

Every message of a channel carries the next number of that channel's sequence. A client that
reconnects sends the last number it saw and gets what it missed from the broker's replay
window, in order and once each; if some of it has left the window it gets a ``resync`` frame
instead and should reload its state. A channel name no declaration matches cannot be
subscribed to (``unknown_channel``); ``authorize`` refusing gives ``forbidden``.
"""
from __future__ import annotations

import asyncio
import fnmatch
import inspect
import itertools
import json
import logging
import os
import re
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from pytk.rpc.codec import DecodeError, decode, encode
from pytk.server.broker import Broker, InProcessBroker
from pytk.server.rpc import Refusal, dumps
from pytk.server.socket import text_frame

__all__ = ["Channels", "ChannelPolicy", "Channel", "channels", "channel"]

log = logging.getLogger("pytk.channels")

NAME = re.compile(r"^[A-Za-z0-9_.:@-]{1,200}$")
Authorize = Callable[[Any, str, str], "bool | Awaitable[bool]"]
_members = itertools.count(1)


@dataclass(frozen=True)
class ChannelPolicy:
    """What is allowed on the channels whose names match ``pattern`` (``fnmatch`` syntax)."""

    pattern: str
    message: Any = Any
    """The type hint of a message: what clients publish is checked against it."""
    client_publish: bool = False
    """Whether clients may publish (the server always may)."""
    presence: bool = False
    """Whether subscribers are told who else is subscribed."""
    authorize: Authorize | None = None
    """``authorize(user, name, action)`` -> bool (or an awaitable of it); action is "subscribe"
    or "publish". ``user`` is the connection's ``current_user`` (None when signed out)."""
    requires: tuple[str, ...] = ()
    """Roles the user must have (see :mod:`pytk.server.auth`); an empty tuple requires nothing."""


class Subscription:
    """One socket's subscription to one channel: the last seq it was sent, and the messages that
    arrive while it catches up from the replay window."""

    __slots__ = ("channel", "last", "queue", "member", "presence_stale")

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self.last = 0
        self.queue: list[tuple[int, str]] | None = []
        self.member: str | None = None
        self.presence_stale = False


class Channel:
    """A handle on one channel for server code."""

    def __init__(self, hub: "Channels", name: str) -> None:
        self.hub, self.name = hub, name

    async def publish(self, data: Any) -> int:
        """Send ``data`` (anything the RPC codec can encode) to every subscriber; return its seq."""
        return await self.hub.broker.publish(self.name, dumps_data(data))

    async def last_seq(self) -> int:
        return await self.hub.broker.last_seq(self.name)

    async def presence(self) -> list[dict[str, Any]]:
        """Who is subscribed: ``[{"id": ..., "user": ...}, ...]``."""
        return _members_list(await self.hub.broker.presence(self.name))


def dumps_data(data: Any) -> str:
    return json.dumps(encode(data), ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _members_list(members: dict[str, str]) -> list[dict[str, Any]]:
    return [json.loads(members[key]) for key in sorted(members)]


class Channels:
    """The channel hub of one process: declarations, this process's subscribers, and a broker."""

    def __init__(self, broker: Broker | None = None) -> None:
        self.broker: Broker = broker or InProcessBroker()
        self.policies: dict[str, ChannelPolicy] = {}
        self.subscribers: dict[str, dict[Any, Subscription]] = {}
        self.connections: set[Any] = set()
        self.started = False
        self._presence_pending: set[str] = set()
        self._tasks: set[asyncio.Task] = set()

    # -- declaring and publishing ------------------------------------------------------------
    def declare(self, pattern: str, **options: Any) -> ChannelPolicy:
        """Allow subscriptions to the channels matching ``pattern``; see :class:`ChannelPolicy`."""
        policy = ChannelPolicy(pattern, **options)
        self.policies[pattern] = policy
        return policy

    def policy_for(self, name: str) -> ChannelPolicy | None:
        """The declaration for ``name``: an exact pattern first, then the longest matching one."""
        if name in self.policies:
            return self.policies[name]
        matching = [p for p in self.policies if fnmatch.fnmatchcase(name, p)]
        return self.policies[max(matching, key=len)] if matching else None

    def channel(self, name: str) -> Channel:
        if not NAME.match(name):
            raise ValueError(f"{name!r} is not a channel name: 1 to 200 letters, digits and _ . : @ -")
        return Channel(self, name)

    async def use(self, broker: Broker) -> None:
        """Switch to another broker (before serving)."""
        if self.started:
            await self.broker.stop()
        self.broker = broker
        if self.started:
            await broker.start(self._deliver, self._presence_changed)

    async def start(self) -> None:
        if not self.started:
            await self.broker.start(self._deliver, self._presence_changed)
            self.started = True

    async def stop(self) -> None:
        if self.started:
            self.started = False
            await self.broker.stop()

    # -- sockets -----------------------------------------------------------------------------
    def connected(self, conn: Any) -> None:
        self.connections.add(conn)
        conn.subscriptions = {}
        if not self.started:
            self._spawn(self.start())

    def disconnected(self, conn: Any) -> None:
        self.connections.discard(conn)
        for name in list(getattr(conn, "subscriptions", {})):
            self._unsubscribe(conn, name)

    def handle(self, conn: Any, frame: dict[str, Any]) -> None:
        """A ``sub``, ``unsub`` or ``pub`` frame from ``conn``; raises Refusal for a bad one."""
        name = frame.get("channel")
        if not isinstance(name, str) or not NAME.match(name):
            raise Refusal(400, "bad_frame", "'channel' must be a channel name: 1 to 200 letters, "
                          "digits and _ . : @ -")
        kind = frame["type"]
        if kind == "unsub":
            self._unsubscribe(conn, name)
            return
        policy = self.policy_for(name)
        if policy is None:
            raise Refusal(404, "unknown_channel", f"no channel is declared for {name!r}")
        if kind == "sub":
            since = frame.get("since")
            if since is not None and not (isinstance(since, int) and not isinstance(since, bool) and since >= 0):
                raise Refusal(400, "bad_frame", "'since' must be null or a seq (a whole number from 0)")
            if name in conn.subscriptions:
                raise Refusal(400, "bad_frame", f"already subscribed to {name!r}")
            subscription = Subscription(name)
            conn.subscriptions[name] = subscription
            self.subscribers.setdefault(name, {})[conn] = subscription
            self._spawn(self._subscribe(conn, policy, subscription, since), conn, name)
        else:
            if not policy.client_publish:
                raise Refusal(403, "forbidden", f"clients may not publish on {name!r}")
            if "data" not in frame:
                raise Refusal(400, "bad_frame", "a 'pub' frame needs 'data'")
            try:
                data = decode(policy.message, frame["data"], "data")
            except DecodeError as error:
                raise Refusal(422, "bad_argument", error.message, error.path) from None
            self._spawn(self._publish(conn, policy, name, data, frame.get("id")), conn, name, frame.get("id"))

    async def _allowed(self, conn: Any, policy: ChannelPolicy, name: str, action: str) -> Refusal | None:
        from pytk.server.auth import refusal_for

        refused = refusal_for(conn, policy.requires)
        if refused is not None:
            return refused
        if policy.authorize is None:
            return None
        verdict = policy.authorize(conn.current_user, name, action)
        if inspect.isawaitable(verdict):
            verdict = await verdict
        return None if verdict else Refusal(403, "forbidden", f"not allowed to {action} on {name!r}")

    async def _subscribe(self, conn: Any, policy: ChannelPolicy, sub: Subscription, since: int | None) -> None:
        refused = await self._allowed(conn, policy, sub.channel, "subscribe")
        if refused is not None:
            self._unsubscribe(conn, sub.channel)
            conn.send({"type": "error", "id": None, "channel": sub.channel, "status": refused.status,
                       "error": {"code": refused.code, "message": refused.message, "path": None}})
            return
        members = None
        if policy.presence:
            sub.member = f"{os.getpid()}.{next(_members)}"
            await self.broker.set_presence(sub.channel, sub.member, dumps({"id": conn.conn_id, "user": _user_name(conn)}))
            members = _members_list(await self.broker.presence(sub.channel))
        if since is None:
            sub.last = await self.broker.last_seq(sub.channel)
            backlog: list[tuple[int, str]] | None = []
        else:
            backlog = await self.broker.since(sub.channel, since)
        if conn.subscriptions.get(sub.channel) is not sub:
            return  # unsubscribed meanwhile
        if backlog is None:
            sub.last = await self.broker.last_seq(sub.channel)
            conn.send({"type": "resync", "channel": sub.channel, "seq": sub.last})
            backlog = []
        elif since is not None:
            sub.last = since
        frame: dict[str, Any] = {"type": "subscribed", "channel": sub.channel, "seq": sub.last}
        if members is not None:
            frame["presence"] = members
        conn.send(frame)
        self._flush(conn, sub, backlog)
        if sub.presence_stale:
            sub.presence_stale = False
            members = _members_list(await self.broker.presence(sub.channel))
            conn.send({"type": "presence", "channel": sub.channel, "presence": members})

    def _flush(self, conn: Any, sub: Subscription, backlog: list[tuple[int, str]]) -> None:
        """Send the replayed messages, then those that arrived meanwhile: each once, in order."""
        pending = [*backlog, *(sub.queue or [])]
        sub.queue = None
        for index, (seq, text) in enumerate(pending):
            if seq <= sub.last:
                continue
            if seq != sub.last + 1:
                sub.queue = [entry for entry in pending[index:] if entry[0] > sub.last]
                self._catch_up(conn, sub)
                return
            sub.last = seq
            conn.send_text(text)

    def _catch_up(self, conn: Any, sub: Subscription) -> None:
        """A gap in live delivery (a broker connection dropped): fetch what is missing, holding
        back what arrives meanwhile."""
        if sub.queue is None:
            sub.queue = []

        async def fetch() -> None:
            backlog = await self.broker.since(sub.channel, sub.last)
            if conn.subscriptions.get(sub.channel) is not sub:
                return
            if backlog is None:
                sub.last = await self.broker.last_seq(sub.channel)
                conn.send({"type": "resync", "channel": sub.channel, "seq": sub.last})
                backlog = []
            self._flush(conn, sub, backlog)
        self._spawn(fetch())

    async def _publish(self, conn: Any, policy: ChannelPolicy, name: str, data: Any, frame_id: Any) -> None:
        refused = await self._allowed(conn, policy, name, "publish")
        if refused is not None:
            conn.send({"type": "reply" if frame_id is not None else "error", "id": frame_id, "channel": name,
                       "status": refused.status,
                       "error": {"code": refused.code, "message": refused.message, "path": None}})
            return
        seq = await self.broker.publish(name, dumps_data(data))
        if frame_id is not None:
            conn.send({"type": "reply", "id": frame_id, "status": 200, "result": seq})

    def _unsubscribe(self, conn: Any, name: str) -> None:
        sub = getattr(conn, "subscriptions", {}).pop(name, None)
        if sub is None:
            return
        local = self.subscribers.get(name)
        if local is not None:
            local.pop(conn, None)
            if not local:
                del self.subscribers[name]
        if sub.member is not None:
            self._spawn(self.broker.set_presence(name, sub.member, None))

    # -- from the broker ---------------------------------------------------------------------
    def _deliver(self, channel: str, seq: int, text: str) -> None:
        frame = None
        for conn, sub in list(self.subscribers.get(channel, {}).items()):
            if sub.queue is not None:
                sub.queue.append((seq, text))
            elif seq == sub.last + 1:
                sub.last = seq
                if frame is None:
                    frame = text_frame(text)  # framed once for every subscriber
                conn.send_frame(frame)
            elif seq > sub.last:
                sub.queue = [(seq, text)]
                self._catch_up(conn, sub)

    def _presence_changed(self, channel: str) -> None:
        if channel in self._presence_pending or channel not in self.subscribers:
            return
        self._presence_pending.add(channel)

        async def tell() -> None:
            await asyncio.sleep(0)  # let a burst of joins and leaves settle into one frame
            self._presence_pending.discard(channel)
            members = _members_list(await self.broker.presence(channel))
            text = dumps({"type": "presence", "channel": channel, "presence": members})
            for conn, sub in list(self.subscribers.get(channel, {}).items()):
                if sub.member is None:
                    continue
                if sub.queue is None:
                    conn.send_text(text)
                else:  # its "subscribed" frame is not out yet: tell it once it is
                    sub.presence_stale = True
        self._spawn(tell())

    def _spawn(self, coroutine: Awaitable[Any], conn: Any = None, name: str | None = None,
               frame_id: Any = None) -> None:
        """Run a task; if it fails (the broker is unreachable, say), log it and tell ``conn``."""
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)

        def done(finished: asyncio.Task) -> None:
            self._tasks.discard(finished)
            if finished.cancelled() or finished.exception() is None:
                return
            log.error("channel task failed", exc_info=finished.exception())
            if conn is not None and name is not None:
                if frame_id is None:
                    self._unsubscribe(conn, name)
                conn.send({"type": "reply" if frame_id is not None else "error", "id": frame_id, "channel": name,
                           "status": 500, "error": {"code": "internal", "message": "internal server error", "path": None}})
        task.add_done_callback(done)


def _user_name(conn: Any) -> Any:
    user = conn.current_user
    return getattr(user, "name", user)


channels = Channels()
"""The process's channel hub; apps declare their channels on it."""


def channel(name: str) -> Channel:
    """A handle on the channel ``name`` of the process's hub, for publishing from server code."""
    return channels.channel(name)
