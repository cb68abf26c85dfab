"""The interface version: a short hash of every service signature a registry serves.

A page is stamped with the version of the server that served it
(``<meta name="pytk-interface">``) and its client sends that version with each call. After a
deploy that changes a service interface (a method, a parameter, a type, a dataclass field or
an enum value), calls from pages loaded before it are refused with ``incompatible_client``
(HTTP 409) instead of failing in some less obvious way: the page should reload (GWT's
``IncompatibleRemoteServiceException``). Changes to implementations do not change the version.
"""
from __future__ import annotations

import dataclasses
import enum
import hashlib
import typing
from typing import Any

from pytk.server.registry import ServiceRegistry, service_name

__all__ = ["interface_version", "describe_interface", "INCOMPATIBLE"]

INCOMPATIBLE = ("incompatible client: the server's interface has changed since this page was loaded; "
                "reload the page")


def interface_version(registry: ServiceRegistry) -> str:
    """16 hex digits that change whenever a served interface's signature changes."""
    derived = registry.derived
    if "version" not in derived:
        derived["version"] = hashlib.sha256(describe_interface(registry).encode("utf-8")).hexdigest()[:16]
    return derived["version"]


def describe_interface(registry: ServiceRegistry) -> str:
    """A canonical text of every service, method, parameter and type the registry serves."""
    lines: list[str] = []
    types: dict[str, Any] = {}
    for service in sorted(registry.service_names()):  # by name: wrappers (the dev server's) forward attributes
        interface = registry.interface(service)
        for name in sorted(registry.method_names(service)):
            info = registry.lookup(service, name)
            params = ", ".join(f"{p}: {_hint(h, types)}" for p, h in zip(info.param_names, info.param_hints))
            lines.append(f"{service_name(interface)}.{name}({params}; required={info.required}) "
                         f"-> {_hint(info.return_hint, types)}")
    done: set[str] = set()
    while len(done) < len(types):
        for key in sorted(set(types) - done):
            done.add(key)
            lines.append(_describe_type(types[key], types))
    return "\n".join(lines)


def _hint(hint: Any, types: dict[str, Any]) -> str:
    if isinstance(hint, type) and (dataclasses.is_dataclass(hint) or issubclass(hint, enum.Enum)):
        types.setdefault(service_name(hint), hint)
        return service_name(hint)
    args = typing.get_args(hint)
    if args:
        for arg in args:
            _hint(arg, types)
    return repr(hint)


def _describe_type(cls: type, types: dict[str, Any]) -> str:
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return f"enum {service_name(cls)}: " + ", ".join(f"{m.name}={m.value!r}" for m in cls)
    hints = typing.get_type_hints(cls)
    fields = ", ".join(f"{f.name}: {_hint(hints.get(f.name, Any), types)}"
                       f"{'' if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING else ' = ...'}"
                       for f in dataclasses.fields(cls))
    return f"dataclass {service_name(cls)}({fields})"
