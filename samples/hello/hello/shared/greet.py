"""What client and server agree on: the data sent and the service's interface."""
from dataclasses import dataclass

from pytk.rpc import Service


@dataclass
class Greeting:
    text: str
    count: int


class EmptyName(Exception):
    """Raised by the server when the name is blank; the client catches it by class."""

    def __init__(self, reason):
        Exception.__init__(self, reason)
        self.reason = reason


class GreetService(Service):
    async def greet(self, name: str) -> Greeting: ...
