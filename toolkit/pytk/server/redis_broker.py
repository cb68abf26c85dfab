"""A channel broker in Redis, for servers of several processes or machines (``--broker redis://...``).

Per channel, Redis keeps the seq counter (``pytk:seq:<channel>``) and the replay window (a list,
``pytk:log:<channel>``); one Lua script numbers, stores and publishes a message atomically, so
every process sees each channel's messages in seq order. Every process listens on one pub/sub
channel (``pytk:msg``) and hands each message to its own subscribers. Presence lives in a hash
per channel; changes are announced on ``pytk:presence``.

If the pub/sub connection drops, the broker reconnects with backoff; messages published
meanwhile are fetched from the replay window when the next one shows the gap.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import redis.asyncio as redis

from pytk.server.broker import DEFAULT_WINDOW, Delivery, PresenceChanged

__all__ = ["RedisBroker"]

log = logging.getLogger("pytk.channels")

_DECODER = json.JSONDecoder()
MESSAGES = "pytk:msg"
PRESENCE = "pytk:presence"

# KEYS: seq key, log key, pub/sub channel. ARGV: channel, data JSON, window. The frame is the one
# pytk.server.broker.message_frame builds (channel names are ASCII without "/", so cjson and
# json.dumps spell them alike).
PUBLISH = """
local seq = redis.call('INCR', KEYS[1])
local frame = '{"type":"msg","channel":' .. cjson.encode(ARGV[1]) .. ',"seq":' .. seq .. ',"data":' .. ARGV[2] .. '}'
local entry = seq .. ' ' .. frame
redis.call('RPUSH', KEYS[2], entry)
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[3]), -1)
redis.call('PUBLISH', KEYS[3], entry)
return seq
"""


def _split(entry: str) -> tuple[int, str]:
    seq, _, frame = entry.partition(" ")
    return int(seq), frame


def _channel_of(frame: str) -> str:
    # '{"type":"msg","channel":"<json string>","seq":...': read the JSON string back.
    start = frame.index('"channel":') + len('"channel":')
    name, _ = _DECODER.raw_decode(frame, start)
    return name


class RedisBroker:
    """Channels shared through a Redis server at ``url`` (``redis://host:port/db``)."""

    def __init__(self, url: str, window: int = DEFAULT_WINDOW, max_connections: int = 32) -> None:
        self.url = url
        self.window = window
        self.max_connections = max_connections
        self.client: redis.Redis | None = None
        self.listener: asyncio.Task | None = None
        self.script: Any = None
        self.deliver: Delivery | None = None
        self.presence_changed: PresenceChanged | None = None
        self.ready = asyncio.Event()

    async def start(self, deliver: Delivery, presence_changed: PresenceChanged) -> None:
        self.deliver, self.presence_changed = deliver, presence_changed
        # A blocking pool: a burst of subscriptions waits for a free connection instead of failing.
        pool = redis.BlockingConnectionPool.from_url(self.url, max_connections=self.max_connections, timeout=20,
                                                     decode_responses=True)
        self.client = redis.Redis(connection_pool=pool)
        await self.client.ping()  # fail now, with Redis's own message, if it cannot be reached
        self.script = self.client.register_script(PUBLISH)
        self.listener = asyncio.ensure_future(self._listen())
        await asyncio.wait_for(self.ready.wait(), 10)

    async def stop(self) -> None:
        if self.listener is not None:
            self.listener.cancel()
            await asyncio.gather(self.listener, return_exceptions=True)
        if self.client is not None:
            await self.client.aclose()
            await self.client.connection_pool.disconnect()
        self.deliver = self.presence_changed = None

    async def _listen(self) -> None:
        delay = 0.1
        while True:
            pubsub = self.client.pubsub()
            try:
                await pubsub.subscribe(MESSAGES, PRESENCE)
                self.ready.set()
                delay = 0.1
                async for message in pubsub.listen():
                    if message["type"] != "message":
                        continue
                    self._received(message["channel"], message["data"])
            except asyncio.CancelledError:
                await pubsub.aclose()
                raise
            except (redis.ConnectionError, redis.TimeoutError, OSError) as error:
                log.warning("lost the Redis pub/sub connection (%s); retrying in %.1f s", error, delay)
                await pubsub.aclose()
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    def _received(self, source: str, data: str) -> None:
        if source == PRESENCE:
            if self.presence_changed is not None:
                self.presence_changed(data)
            return
        seq, frame = _split(data)
        if self.deliver is not None:
            self.deliver(_channel_of(frame), seq, frame)

    async def publish(self, channel: str, data_json: str) -> int:
        return int(await self.script(keys=[f"pytk:seq:{channel}", f"pytk:log:{channel}", MESSAGES],
                                     args=[channel, data_json, self.window]))

    async def last_seq(self, channel: str) -> int:
        return int(await self.client.get(f"pytk:seq:{channel}") or 0)

    async def since(self, channel: str, seq: int) -> list[tuple[int, str]] | None:
        async with self.client.pipeline(transaction=True) as pipe:
            pipe.get(f"pytk:seq:{channel}")
            pipe.lrange(f"pytk:log:{channel}", 0, -1)
            last, entries = await pipe.execute()
        last = int(last or 0)
        if seq > last:
            return None
        recent = [_split(entry) for entry in entries]
        if seq == last:
            return []
        if not recent or seq + 1 < recent[0][0]:
            return None
        return [entry for entry in recent if entry[0] > seq]

    async def set_presence(self, channel: str, member: str, info: str | None) -> None:
        key = f"pytk:presence:{channel}"
        if info is None:
            await self.client.hdel(key, member)
        else:
            await self.client.hset(key, member, info)
        await self.client.publish(PRESENCE, channel)

    async def presence(self, channel: str) -> dict[str, str]:
        return await self.client.hgetall(f"pytk:presence:{channel}")

