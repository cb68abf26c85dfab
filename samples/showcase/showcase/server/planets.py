"""Serves the planets one page at a time, sorted as asked."""
from __future__ import annotations

from showcase.shared.planets import Planet, PlanetPage, PlanetService

PLANETS = [Planet("Mercury", 0, 2440), Planet("Venus", 0, 6052), Planet("Earth", 1, 6371), Planet("Mars", 2, 3390),
           Planet("Jupiter", 95, 69911), Planet("Saturn", 146, 58232), Planet("Uranus", 28, 25362),
           Planet("Neptune", 16, 24622)]
SORT_KEYS = [lambda planet: planet.name, lambda planet: planet.moons, lambda planet: planet.radius_km]


class PlanetServiceImpl(PlanetService):
    async def page(self, start: int, count: int, sort_column: int, ascending: bool) -> PlanetPage:
        rows = list(PLANETS)
        if 0 <= sort_column < len(SORT_KEYS):
            rows.sort(key=SORT_KEYS[sort_column], reverse=not ascending)
        start = max(0, start)
        return PlanetPage(rows=rows[start:start + max(0, min(count, 100))], total=len(rows))
