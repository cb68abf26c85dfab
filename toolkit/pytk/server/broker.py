"""Where channel messages go between publishers and subscribers: the broker interface, and the
in-process broker that serves one process.

A broker numbers each channel's messages 1, 2, 3 ... (the *seq*), keeps the last ``window``
of them for clients that reconnect, and hands every message to the listeners of every process
that shares it. :class:`InProcessBroker` is the default; :class:`pytk.server.redis_broker.RedisBroker`
does the same through Redis for several processes or machines.

A message travels as its frame's JSON text, built once by the publisher, so a broadcast to
many sockets encodes nothing per socket.
"""
from __future__ import annotations

import json
from collections import deque
from typing import Callable, Protocol

__all__ = ["Broker", "Delivery", "PresenceChanged", "InProcessBroker", "message_frame", "DEFAULT_WINDOW"]

DEFAULT_WINDOW = 1000
"""Messages kept per channel for replay."""

Delivery = Callable[[str, int, str], None]
"""``listener(channel, seq, frame_text)``: a message is ready for this process's subscribers."""

PresenceChanged = Callable[[str], None]
"""``listener(channel)``: the channel's presence changed (in any process)."""


def message_frame(channel: str, seq: int, data_json: str) -> str:
    """The ``msg`` frame sent to subscribers, as text (``data_json`` is already JSON)."""
    return f'{{"type":"msg","channel":{json.dumps(channel)},"seq":{seq},"data":{data_json}}}'


class Broker(Protocol):
    """What the channel hub needs from a broker."""

    async def start(self, deliver: Delivery, presence_changed: PresenceChanged) -> None:
        """Begin handing published messages and presence changes (from any process) to the listeners."""

    async def stop(self) -> None:
        """Stop delivering and release connections."""

    async def publish(self, channel: str, data_json: str) -> int:
        """Number, store and deliver one message; return its seq."""

    async def last_seq(self, channel: str) -> int:
        """The seq of the channel's latest message (0 before the first)."""

    async def since(self, channel: str, seq: int) -> list[tuple[int, str]] | None:
        """The messages after ``seq`` as ``(seq, frame_text)``, oldest first, or None when some of
        them have left the replay window (the subscriber must resync)."""

    async def set_presence(self, channel: str, member: str, info: str | None) -> None:
        """Record (``info`` a JSON text) or forget (None) one member of a channel's presence, and
        tell every process's ``presence_changed``."""

    async def presence(self, channel: str) -> dict[str, str]:
        """The channel's members: member id -> JSON text."""


class _Log:
    """One channel's counter and replay window."""

    __slots__ = ("seq", "recent")

    def __init__(self, window: int) -> None:
        self.seq = 0
        self.recent: deque[tuple[int, str]] = deque(maxlen=window)


class InProcessBroker:
    """Channels shared by the sockets of one process."""

    def __init__(self, window: int = DEFAULT_WINDOW) -> None:
        if window < 1:
            raise ValueError("the replay window must hold at least one message")
        self.window = window
        self.logs: dict[str, _Log] = {}
        self.members: dict[str, dict[str, str]] = {}
        self.deliver: Delivery | None = None
        self.presence_changed: PresenceChanged | None = None

    async def start(self, deliver: Delivery, presence_changed: PresenceChanged) -> None:
        self.deliver, self.presence_changed = deliver, presence_changed

    async def stop(self) -> None:
        self.deliver = self.presence_changed = None

    def _log(self, channel: str) -> _Log:
        log = self.logs.get(channel)
        if log is None:
            log = self.logs[channel] = _Log(self.window)
        return log

    async def publish(self, channel: str, data_json: str) -> int:
        return self.publish_now(channel, data_json)

    def publish_now(self, channel: str, data_json: str) -> int:
        """:meth:`publish` without awaiting: in one process the message is out at once."""
        log = self._log(channel)
        log.seq += 1
        frame = message_frame(channel, log.seq, data_json)
        log.recent.append((log.seq, frame))
        if self.deliver is not None:
            self.deliver(channel, log.seq, frame)
        return log.seq

    async def last_seq(self, channel: str) -> int:
        log = self.logs.get(channel)
        return log.seq if log else 0

    async def since(self, channel: str, seq: int) -> list[tuple[int, str]] | None:
        log = self.logs.get(channel)
        if log is None or seq >= log.seq:
            return [] if seq <= (log.seq if log else 0) else None
        oldest = log.recent[0][0]
        if seq + 1 < oldest:
            return None
        return [entry for entry in log.recent if entry[0] > seq]

    async def set_presence(self, channel: str, member: str, info: str | None) -> None:
        members = self.members.setdefault(channel, {})
        if info is None:
            members.pop(member, None)
            if not members:
                del self.members[channel]
        else:
            members[member] = info
        if self.presence_changed is not None:
            self.presence_changed(channel)

    async def presence(self, channel: str) -> dict[str, str]:
        return dict(self.members.get(channel, {}))
