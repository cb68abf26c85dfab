"""The service the realtime tests call: typed arguments, a slow method, declared and undeclared failures."""
from __future__ import annotations

APP = "pytk_rt_demo"
DEMO = f"{APP}.shared.api.DemoService"

FILES = {
    "__init__.py": "",
    "shared/__init__.py": "",
    "shared/api.py": '''
        from __future__ import annotations
        import enum
        from dataclasses import dataclass, field
        from typing import Any, Literal, Optional
        from pytk.rpc import Service

        class Color(enum.Enum):
            RED = "red"
            BLUE = "blue"

        @dataclass
        class Point:
            x: int
            y: int

        @dataclass
        class Shape:
            name: str
            points: list[Point]
            tags: dict[str, int] = field(default_factory=dict)
            kind: Literal["open", "closed"] = "open"
            color: Optional[Color] = None

        class Refused(Exception):
            pass

        class DemoService(Service):
            async def echo(self, value: Any) -> Any: ...
            async def corners(self, shape: Shape) -> int: ...
            async def sleep(self, seconds: float, label: str) -> str: ...
            async def refuse(self, why: str) -> None: ...
            async def crash(self) -> None: ...
            async def cancelled(self) -> list[str]: ...
            async def whoami(self) -> str: ...
            async def secret(self) -> str: ...
    ''',
    "server/__init__.py": "",
    "server/demo.py": '''
        import asyncio
        from pytk.server.auth import current_user, requires
        from pytk_rt_demo.shared.api import DemoService, Refused

        CANCELLED = []

        class DemoImpl(DemoService):
            async def echo(self, value):
                return value

            async def corners(self, shape):
                return len(shape.points)

            async def sleep(self, seconds, label):
                try:
                    await asyncio.sleep(seconds)
                except asyncio.CancelledError:
                    CANCELLED.append(label)
                    raise
                return label

            async def refuse(self, why):
                raise Refused(why)

            async def crash(self):
                raise RuntimeError("secret connection string")

            async def cancelled(self):
                return list(CANCELLED)

            @requires()
            async def whoami(self):
                return current_user().name

            @requires("admin")
            async def secret(self):
                return "the admin's secret"
    ''',
}
