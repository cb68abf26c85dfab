"""What the chat's client and server agree on."""
from dataclasses import dataclass

from pytk.rpc import Service


@dataclass
class ChatLine:
    room: str
    author: str
    text: str
    at: str
    """When it was said: ISO 8601, UTC."""


class NotSaid(Exception):
    """The server would not post the line (empty, too long, or an unknown room)."""

    def __init__(self, reason):
        Exception.__init__(self, reason)
        self.reason = reason


class ChatService(Service):
    async def rooms(self) -> list[str]: ...
    async def history(self, room: str) -> list[ChatLine]: ...
    async def say(self, room: str, text: str) -> int: ...
