"""What the showcase's client and server agree on: the demo families and their sources."""
from dataclasses import dataclass

from pytk.rpc import Service

FAMILIES = [
    ["basic", "Basic"],
    ["inputs", "Inputs"],
    ["panels", "Panels"],
    ["popups", "Popups"],
    ["navigation", "Navigation"],
    ["data", "Data"],
    ["forms", "Forms"],
    ["reactive", "Reactive"],
]


@dataclass
class DemoSource:
    name: str
    title: str
    source: str


class UnknownFamily(Exception):
    """Raised by the server for a family name that is not in FAMILIES."""

    def __init__(self, family):
        Exception.__init__(self, family)
        self.family = family


class SourceService(Service):
    async def demos(self, family: str) -> list[DemoSource]: ...
