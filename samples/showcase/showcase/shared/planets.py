"""The planets the DataGrid demo pages through over RPC."""
from dataclasses import dataclass

from pytk.rpc import Service


@dataclass
class Planet:
    name: str
    moons: int
    radius_km: int


@dataclass
class PlanetPage:
    rows: list[Planet]
    total: int


class PlanetService(Service):
    async def page(self, start: int, count: int, sort_column: int, ascending: bool) -> PlanetPage: ...
