"""pytk.server.registry: finding implementations and describing their methods."""
from __future__ import annotations

import importlib
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from pytk.rpc.service import Service
from pytk.server.registry import (MethodInfo, ServiceRegistry, UnknownMethod, UnknownService,
                                  discover, service_name)

APP = "pytk_regtest_app"

FILES = {
    "__init__.py": "",
    "shared/__init__.py": "",
    "shared/api.py": '''
        from __future__ import annotations
        from dataclasses import dataclass
        from pytk.rpc import Service

        @dataclass
        class Greeting:
            text: str

        class Refused(Exception):
            pass

        class GreetService(Service):
            async def greet(self, name: str, times: int = 1) -> Greeting: ...
            async def _secret(self) -> str: ...
            def helper(self) -> str: ...

        class BaseService(Service):
            async def ping(self) -> str: ...

        class CalcService(BaseService):
            async def add(self, a: int, b: int) -> int: ...
    ''',
    "server/__init__.py": "",
    "server/impl.py": '''
        from pytk_regtest_app.shared.api import Greeting, GreetService

        class GreetImpl(GreetService):
            async def greet(self, name: int, times: str = "x") -> Greeting:  # hints differ on purpose
                return Greeting("hi " + name)

            async def extra(self) -> str:
                return "not part of the interface"
    ''',
    "server/reexport.py": '''
        from pytk_regtest_app.server.impl import GreetImpl  # imported, not defined: not registered twice
    ''',
    "server/sub/__init__.py": "",
    "server/sub/calc.py": '''
        from pytk_regtest_app.shared.api import CalcService

        class CalcImpl(CalcService):
            async def ping(self) -> str:
                return "pong"

            async def add(self, a: int, b: int) -> int:
                return a + b
    ''',
}


def write_package(root: Path, name: str, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / name / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))


@pytest.fixture
def app_root(tmp_path: Path) -> Iterator[Path]:
    write_package(tmp_path, APP, FILES)
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for module in [m for m in sys.modules if m == APP or m.startswith(APP + ".") or m.startswith("pytk_regtest_")]:
        del sys.modules[module]


@pytest.fixture
def registry(app_root: Path) -> ServiceRegistry:
    return discover(f"{APP}.server")


def shared(name: str):
    return getattr(importlib.import_module(f"{APP}.shared.api"), name)


def test_discover_finds_implementations_in_nested_modules(registry: ServiceRegistry) -> None:
    assert sorted(registry) == [f"{APP}.shared.api.CalcService", f"{APP}.shared.api.GreetService"]
    assert registry.shared_package == f"{APP}.shared"
    assert registry.interface(f"{APP}.shared.api.GreetService") is shared("GreetService")


def test_lookup_uses_the_interface_hints(registry: ServiceRegistry) -> None:
    info = registry.lookup(f"{APP}.shared.api.GreetService", "greet")
    assert isinstance(info, MethodInfo)
    assert info.param_names == ("name", "times")
    assert info.param_hints == (str, int)
    assert info.required == 1
    assert info.return_hint is shared("Greeting")
    assert info.interface is shared("GreetService")
    assert type(info.method.__self__).__name__ == "GreetImpl"


def test_lookup_is_cached(registry: ServiceRegistry) -> None:
    name = f"{APP}.shared.api.GreetService"
    assert registry.lookup(name, "greet") is registry.lookup(name, "greet")


def test_inherited_interface_methods_are_callable(registry: ServiceRegistry) -> None:
    info = registry.lookup(f"{APP}.shared.api.CalcService", "ping")
    assert info.return_hint is str and info.param_names == ()


@pytest.mark.parametrize("method", ["_secret", "helper", "extra", "missing", "__init__"])
def test_only_public_async_interface_methods_are_callable(registry: ServiceRegistry, method: str) -> None:
    with pytest.raises(UnknownMethod, match=repr(method)):
        registry.lookup(f"{APP}.shared.api.GreetService", method)


def test_unknown_service(registry: ServiceRegistry) -> None:
    with pytest.raises(UnknownService):
        registry.lookup(f"{APP}.server.impl.GreetImpl", "greet")  # implementations are not addressable
    assert issubclass(UnknownService, LookupError) and issubclass(UnknownMethod, LookupError)


def test_two_implementations_are_rejected(registry: ServiceRegistry) -> None:
    class SecondGreeter(shared("GreetService")):
        async def greet(self, name: str, times: int = 1):
            return None

    with pytest.raises(ValueError, match="two implementations.*GreetImpl.*SecondGreeter"):
        registry.register(SecondGreeter)


def test_discover_rejects_duplicates_across_modules(app_root: Path) -> None:
    (app_root / APP / "server" / "again.py").write_text(textwrap.dedent('''
        from pytk_regtest_app.shared.api import GreetService

        class OtherGreet(GreetService):
            async def greet(self, name, times=1):
                return None
    '''))
    with pytest.raises(ValueError, match="two implementations"):
        discover(f"{APP}.server")


def test_discover_propagates_import_errors(app_root: Path) -> None:
    (app_root / APP / "server" / "broken.py").write_text("import pytk_regtest_no_such_module\n")
    with pytest.raises(ImportError):
        discover(f"{APP}.server")


def test_register_finds_the_interface_in_the_shared_package(app_root: Path) -> None:
    registry = ServiceRegistry(f"{APP}.shared")

    class Middle(shared("CalcService")):
        pass

    class Leaf(Middle):
        async def ping(self) -> str:
            return "leaf"

    instance = registry.register(Leaf)
    assert list(registry) == [service_name(shared("CalcService"))]
    assert registry.lookup(service_name(shared("CalcService")), "ping").method.__self__ is instance


def test_a_class_with_no_interface_is_rejected() -> None:
    class Lonely(Service):
        async def hello(self) -> str:
            return "hi"

    registry = ServiceRegistry("pytk_regtest_nowhere.shared")
    with pytest.raises(ValueError, match="implements no service interface"):
        registry.register(Lonely)
    with pytest.raises(ValueError, match="not a subclass"):
        registry.register(int)


def test_sync_override_of_async_method_is_rejected(app_root: Path) -> None:
    class SyncGreet(shared("GreetService")):
        def greet(self, name, times=1):
            return None

    with pytest.raises(TypeError, match="async def"):
        ServiceRegistry(f"{APP}.shared").register(SyncGreet)


def test_is_declared(registry: ServiceRegistry) -> None:
    assert registry.is_declared(shared("Refused")("no"))
    assert not registry.is_declared(ValueError("no"))

    class Lookalike(Exception):
        pass

    Lookalike.__module__ = f"{APP}.shared_extra"
    assert not registry.is_declared(Lookalike())
    Lookalike.__module__ = f"{APP}.shared"
    assert registry.is_declared(Lookalike())
