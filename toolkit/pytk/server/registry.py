"""Which object answers which RPC call.

An app declares service *interfaces* in its ``shared`` package (subclasses of
:class:`pytk.rpc.Service`) and *implements* them in its ``server`` package by
subclassing them. :func:`discover` imports the server package and registers one
instance of every implementation it finds; :meth:`ServiceRegistry.lookup` then
resolves a ``(service, method)`` pair from a request to a bound coroutine and the
type hints its arguments are checked against.

Services are named by their interface's qualified name,
``f"{cls.__module__}.{cls.__qualname__}"`` (``"hello.shared.greet.GreetService"``),
and only the interface's public ``async def`` methods can be called: the interface
is the contract, so its hints are the ones used, whatever the implementation says.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from pytk.rpc.service import Service

__all__ = ["MethodInfo", "ServiceRegistry", "UnknownService", "UnknownMethod", "discover", "service_name"]


class UnknownService(LookupError):
    """No implementation is registered under the requested service name."""


class UnknownMethod(LookupError):
    """The service exists but has no callable method of the requested name."""


@dataclass(frozen=True)
class MethodInfo:
    """Everything needed to check and make one call."""

    interface: type[Service]
    name: str
    method: Callable[..., Any]
    param_names: tuple[str, ...]
    param_hints: tuple[Any, ...]
    required: int
    """How many leading parameters have no default (the fewest arguments accepted)."""
    return_hint: Any


def service_name(cls: type) -> str:
    """The name a service is called by: its interface's module and qualified name."""
    return f"{cls.__module__}.{cls.__qualname__}"


class ServiceRegistry:
    """Maps service names to implementation instances and describes their methods."""

    def __init__(self, shared_package: str) -> None:
        self.shared_package = shared_package
        self._services: dict[str, Service] = {}
        self._interfaces: dict[str, type[Service]] = {}
        self._methods: dict[tuple[str, str], MethodInfo] = {}
        self.derived: dict[str, Any] = {}
        """Values computed from the registered services (the interface version); cleared by register."""

    def __contains__(self, service: str) -> bool:
        return service in self._services

    def __iter__(self) -> Iterator[str]:
        return iter(self._services)

    def __len__(self) -> int:
        return len(self._services)

    def interface(self, service: str) -> type[Service]:
        """The interface class registered under ``service``."""
        try:
            return self._interfaces[service]
        except KeyError:
            raise UnknownService(f"no service named {service!r}") from None

    def register(self, impl_class: type[Service]) -> Service:
        """Instantiate ``impl_class`` (with no arguments) and serve it under its interface's name.

        Raises ``ValueError`` if it implements no interface, or one that already has an
        implementation, and ``TypeError`` if a method of the interface cannot be served.
        """
        interface = self.find_interface(impl_class)
        name = service_name(interface)
        if name in self._services:
            other = type(self._services[name])
            raise ValueError(f"{name} has two implementations: {service_name(other)} and "
                             f"{service_name(impl_class)}; keep one")
        methods = {(name, method): self._describe(interface, method, impl_class)
                   for method in _public_methods(interface)}
        instance = impl_class()
        self._services[name] = instance
        self._interfaces[name] = interface
        for key, info in methods.items():
            self._methods[key] = replace(info, method=getattr(instance, info.name))
        self.derived.clear()
        return instance

    def service_names(self) -> list[str]:
        """The names of the services registered."""
        return list(self._services)

    def method_names(self, service: str) -> list[str]:
        """The names of the methods callable on ``service``."""
        return [method for (name, method) in self._methods if name == service]

    def find_interface(self, impl_class: type) -> type[Service]:
        """The interface ``impl_class`` implements: the nearest Service subclass among its
        bases that lives in the shared package (or, failing that, in another module)."""
        if not (isinstance(impl_class, type) and issubclass(impl_class, Service)):
            raise ValueError(f"{service_name(impl_class)} is not a subclass of pytk.rpc.Service")
        bases = [cls for cls in impl_class.__mro__[1:] if issubclass(cls, Service) and cls is not Service]
        for cls in bases:
            if self._in_shared(cls.__module__):
                return cls
        for cls in bases:
            if cls.__module__ != impl_class.__module__:
                return cls
        raise ValueError(f"{service_name(impl_class)} implements no service interface: subclass "
                         f"a Service declared in {self.shared_package}")

    def lookup(self, service: str, method: str) -> MethodInfo:
        """The callable behind ``service.method``; raises UnknownService or UnknownMethod."""
        info = self._methods.get((service, method))
        if info is not None:
            return info
        if service not in self._services:
            raise UnknownService(f"no service named {service!r}")
        raise UnknownMethod(f"{service} has no method {method!r}")

    def is_declared(self, exc: BaseException) -> bool:
        """Whether ``exc`` is a declared exception: its class comes from the shared package."""
        return self._in_shared(type(exc).__module__)

    def _in_shared(self, module: str) -> bool:
        return module == self.shared_package or module.startswith(self.shared_package + ".")

    @staticmethod
    def _describe(interface: type[Service], name: str, impl_class: type) -> MethodInfo:
        function = _declared_function(interface, name)
        if not inspect.iscoroutinefunction(getattr(impl_class, name)):
            raise TypeError(f"{service_name(impl_class)}.{name} must be 'async def', "
                            f"as declared in {service_name(interface)}")
        hints = typing.get_type_hints(function)
        params = list(inspect.signature(function).parameters.values())[1:]  # drop self
        for param in params:
            if param.kind not in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
                raise TypeError(f"{service_name(interface)}.{name}: parameter {param.name!r} cannot "
                                "be sent over RPC; use plain positional parameters")
        required = sum(1 for param in params if param.default is param.empty)
        return MethodInfo(
            interface=interface,
            name=name,
            method=function,
            param_names=tuple(param.name for param in params),
            param_hints=tuple(hints.get(param.name, Any) for param in params),
            required=required,
            return_hint=hints.get("return", Any),
        )


def _public_methods(interface: type) -> list[str]:
    """Names of the public ``async def`` methods declared on ``interface`` or its interface bases."""
    names: list[str] = []
    for cls in interface.__mro__:
        if cls is Service or not issubclass(cls, Service):
            continue
        for name, value in vars(cls).items():
            if not name.startswith("_") and inspect.iscoroutinefunction(value) and name not in names:
                names.append(name)
    return names


def _declared_function(interface: type, name: str) -> Callable[..., Any]:
    for cls in interface.__mro__:
        if name in vars(cls):
            return vars(cls)[name]
    raise AttributeError(name)


def discover(server_package: str, shared_package: str | None = None) -> ServiceRegistry:
    """Import every module of ``server_package`` and register the implementations defined there.

    ``shared_package`` defaults to the ``shared`` sibling of the server package
    (``hello.server`` -> ``hello.shared``). Import errors propagate.
    """
    if shared_package is None:
        parent = server_package.rpartition(".")[0]
        shared_package = f"{parent}.shared" if parent else "shared"
    registry = ServiceRegistry(shared_package)
    package = importlib.import_module(server_package)
    modules = [package]
    if hasattr(package, "__path__"):
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.", onerror=_reraise):
            modules.append(importlib.import_module(info.name))
    for module in modules:
        for value in list(vars(module).values()):
            if _is_implementation(value, module.__name__):
                registry.register(value)
    return registry


def _is_implementation(value: Any, module: str) -> bool:
    return (isinstance(value, type) and issubclass(value, Service) and value is not Service
            and value.__module__ == module and not value.__name__.startswith("_")
            and not inspect.isabstract(value))


def _reraise(name: str) -> None:
    raise  # called by pkgutil from inside its except block: re-raise the import error
