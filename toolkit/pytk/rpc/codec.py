"""The RPC wire codec on the CPython side: Python values to JSON and back.

:func:`encode` turns a value into plain JSON data (dicts, lists, strings, numbers,
booleans and ``None``); :func:`decode` checks JSON data against a type hint and
rebuilds the Python value, naming the offending spot on a mismatch::

    >>> decode(list[int], [1, "2"], "args[0]")
    Traceback (most recent call last):
    ...
    pytk.rpc.codec.DecodeError: args[0][1]: expected int, got str

Supported hints: ``str``, ``int``, ``float``, ``bool``, ``None``, ``typing.Any``,
``list[X]``, ``tuple[X, ...]``, fixed tuples, ``dict[str, X]``, ``Optional[X]``,
``X | Y``, ``Literal[...]``, dataclasses, ``Enum`` subclasses, and ``datetime``, ``date`` and
``time`` (as ISO 8601 strings).

This module runs under CPython only (the server and tests); the browser has its
own codec.
"""
from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import types
import typing
from collections.abc import Callable
from typing import Any

__all__ = ["DecodeError", "encode", "decode"]

_Decoder = Callable[[Any, str], Any]


class DecodeError(ValueError):
    """JSON data does not match the type hint it was decoded against.

    ``path`` locates the bad value (``args[0].items[2].name``); ``message`` says
    what was wrong with it (``expected int, got str``).
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


# -- encoding ---------------------------------------------------------------

def encode(value: Any) -> Any:
    """Return ``value`` as JSON-compatible data; raise ``TypeError`` for what cannot be sent."""
    if isinstance(value, enum.Enum):
        return encode(value.value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"cannot encode a dict with {type(key).__qualname__} keys; keys must be str")
            result[key] = encode(item)
        return result
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: encode(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, type):
        raise TypeError(f"cannot encode the class {value.__module__}.{value.__qualname__} itself")
    raise TypeError(f"cannot encode a value of type {type(value).__module__}.{type(value).__qualname__}")


# -- decoding ---------------------------------------------------------------

def decode(hint: Any, data: Any, path: str) -> Any:
    """Check JSON ``data`` against ``hint`` and return the Python value it describes.

    ``path`` names ``data`` in error messages (``"args[0]"``). Raises
    :class:`DecodeError` on a mismatch and ``TypeError`` for a hint that is not supported.
    """
    return _decoder(hint)(data, path)


_cache: dict[Any, _Decoder] = {}


def _decoder(hint: Any) -> _Decoder:
    # Unions compare equal whatever their order (int | float == float | int) but are
    # tried in order, so the key carries the spelling too.
    try:
        key = (hint, repr(hint))
        found = _cache.get(key)
    except TypeError:  # an unhashable hint: build it every time
        return _build(hint)
    if found is None:
        found = _cache[key] = _build(hint)
    return found


def _build(hint: Any) -> _Decoder:
    if hint is Any:
        return _decode_any
    if hint is None or hint is types.NoneType:
        return _decode_none
    if hint is bool:
        return _decode_bool
    if hint is int:
        return _decode_int
    if hint is float:
        return _decode_float
    if hint is str:
        return _decode_str
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_decoder(hint)
    if hint in _ISO_TYPES:
        return _iso_decoder(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is list or origin is list:
        return _list_decoder(_decoder(args[0]) if args else _decode_any)
    if hint is tuple or origin is tuple:
        if not args or (len(args) == 2 and args[1] is Ellipsis):
            return _variadic_tuple_decoder(_decoder(args[0]) if args else _decode_any)
        return _fixed_tuple_decoder(tuple(_decoder(arg) for arg in args))
    if hint is dict or origin is dict:
        if args and args[0] not in (str, Any):
            raise TypeError(f"unsupported RPC type {hint!r}: dict keys must be str")
        return _dict_decoder(_decoder(args[1]) if args else _decode_any)
    if origin is typing.Union or origin is types.UnionType:
        return _union_decoder(args)
    if origin is typing.Literal:
        return _literal_decoder(args)
    raise TypeError(f"unsupported RPC type {hint!r}")


def _kind(data: Any) -> str:
    """The JSON kind of ``data``, as error messages name it."""
    if data is None:
        return "null"
    if isinstance(data, dict):
        return "object"
    return type(data).__name__


def _mismatch(path: str, expected: str, data: Any) -> DecodeError:
    return DecodeError(path, f"expected {expected}, got {_kind(data)}")


def _field_path(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _decode_any(data: Any, path: str) -> Any:
    return data


def _decode_none(data: Any, path: str) -> None:
    if data is not None:
        raise _mismatch(path, "null", data)
    return None


def _decode_bool(data: Any, path: str) -> bool:
    if not isinstance(data, bool):
        raise _mismatch(path, "bool", data)
    return data


def _decode_int(data: Any, path: str) -> int:
    if isinstance(data, int) and not isinstance(data, bool):
        return data
    if isinstance(data, float):
        if data.is_integer():
            return int(data)
        raise DecodeError(path, f"expected int, got non-integral float {data!r}")
    raise _mismatch(path, "int", data)


def _decode_float(data: Any, path: str) -> float:
    if isinstance(data, (int, float)) and not isinstance(data, bool):
        return float(data)
    raise _mismatch(path, "float", data)


def _decode_str(data: Any, path: str) -> str:
    if not isinstance(data, str):
        raise _mismatch(path, "str", data)
    return data


_ISO_TYPES = {datetime.datetime: "datetime", datetime.date: "date", datetime.time: "time"}


def _iso_decoder(hint: type) -> _Decoder:
    """datetime, date and time travel as ISO 8601 strings (``2026-11-25T16:19:05+00:00``)."""
    name = _ISO_TYPES[hint]

    def decode_iso(data: Any, path: str) -> Any:
        if not isinstance(data, str):
            raise _mismatch(path, f"an ISO 8601 {name} string", data)
        try:
            value = hint.fromisoformat(data)
        except ValueError:
            raise DecodeError(path, f"expected an ISO 8601 {name}, got {data[:40]!r}") from None
        if hint is datetime.date and isinstance(value, datetime.datetime):
            raise DecodeError(path, f"expected an ISO 8601 date, got {data[:40]!r}")
        return value
    return decode_iso


def _list_decoder(item: _Decoder) -> _Decoder:
    def decode_list(data: Any, path: str) -> list:
        if not isinstance(data, list):
            raise _mismatch(path, "list", data)
        return [item(value, f"{path}[{index}]") for index, value in enumerate(data)]
    return decode_list


def _variadic_tuple_decoder(item: _Decoder) -> _Decoder:
    def decode_tuple(data: Any, path: str) -> tuple:
        if not isinstance(data, list):
            raise _mismatch(path, "list", data)
        return tuple(item(value, f"{path}[{index}]") for index, value in enumerate(data))
    return decode_tuple


def _fixed_tuple_decoder(items: tuple[_Decoder, ...]) -> _Decoder:
    def decode_tuple(data: Any, path: str) -> tuple:
        if not isinstance(data, list):
            raise _mismatch(path, "list", data)
        if len(data) != len(items):
            raise DecodeError(path, f"expected a list of {len(items)} items, got {len(data)}")
        return tuple(item(value, f"{path}[{index}]") for index, (item, value) in enumerate(zip(items, data)))
    return decode_tuple


def _dict_decoder(item: _Decoder) -> _Decoder:
    def decode_dict(data: Any, path: str) -> dict:
        if not isinstance(data, dict):
            raise _mismatch(path, "object", data)
        return {key: item(value, f"{path}[{json.dumps(key)}]") for key, value in data.items()}
    return decode_dict


def _union_decoder(members: tuple[Any, ...]) -> _Decoder:
    """Try the members in the order written; the first that accepts the data wins."""
    if len(members) == 2 and types.NoneType in members:
        # Optional[X]: decode X directly so its own error (with its path) is reported.
        inner = _decoder(members[0] if members[1] is types.NoneType else members[1])

        def decode_optional(data: Any, path: str) -> Any:
            return None if data is None else inner(data, path)
        return decode_optional

    decoders = tuple(_decoder(member) for member in members)
    expected = " | ".join(_hint_name(member) for member in members)

    def decode_union(data: Any, path: str) -> Any:
        deeper = []
        for decoder in decoders:
            try:
                return decoder(data, path)
            except DecodeError as error:
                if error.path != path:
                    deeper.append(error)
        # A single member that got past the top level (an object with a bad field,
        # say) explains the failure better than the list of alternatives.
        if len(deeper) == 1:
            raise deeper[0]
        raise _mismatch(path, expected, data)
    return decode_union


def _hint_name(hint: Any) -> str:
    if hint is None or hint is types.NoneType:
        return "null"
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return f"object ({hint.__qualname__})"
    if isinstance(hint, type):
        return hint.__qualname__
    return repr(hint).replace("typing.", "")


def _literal_decoder(values: tuple[Any, ...]) -> _Decoder:
    choices = [(value.value if isinstance(value, enum.Enum) else value, value) for value in values]
    shown = ", ".join(repr(wire) for wire, _ in choices)

    def decode_literal(data: Any, path: str) -> Any:
        for wire, value in choices:
            if _same(wire, data):
                return value
        raise DecodeError(path, f"expected one of {shown}, got {data!r}" if _is_scalar(data)
                          else f"expected one of {shown}, got {_kind(data)}")
    return decode_literal


def _enum_decoder(cls: type[enum.Enum]) -> _Decoder:
    members = [(member.value, member) for member in cls]
    shown = ", ".join(repr(value) for value, _ in members)

    def decode_enum(data: Any, path: str) -> enum.Enum:
        for value, member in members:
            if _same(value, data):
                return member
        got = repr(data) if _is_scalar(data) else _kind(data)
        raise DecodeError(path, f"expected {cls.__qualname__} (one of {shown}), got {got}")
    return decode_enum


def _same(expected: Any, data: Any) -> bool:
    """Equal, and not a bool standing in for a number (True == 1) or the reverse."""
    return isinstance(expected, bool) == isinstance(data, bool) and expected == data


def _is_scalar(data: Any) -> bool:
    return data is None or isinstance(data, (str, int, float))


def _dataclass_decoder(cls: type) -> _Decoder:
    # Field decoders are built on first use so that recursive dataclasses
    # (a Tree with children: list[Tree]) do not recurse while being built.
    plan: list[tuple[str, _Decoder, bool, bool, type | None]] | None = None
    names: frozenset[str] = frozenset()
    name = cls.__qualname__

    def fields() -> list[tuple[str, _Decoder, bool, bool, type | None]]:
        nonlocal plan, names
        if plan is None:
            hints = typing.get_type_hints(cls)
            plan = [(field.name, _decoder(hints.get(field.name, Any)), field.init,
                     field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING,
                     hints.get(field.name) if hints.get(field.name) in (str, int, float) else None)
                    for field in dataclasses.fields(cls)]
            names = frozenset(field_name for field_name, *_ in plan)
        return plan

    def decode_dataclass(data: Any, path: str) -> Any:
        if not isinstance(data, dict):
            raise _mismatch(path, f"object ({name})", data)
        known = fields()
        if not names.issuperset(data):
            key = next(key for key in data if key not in names)
            raise DecodeError(_field_path(path, str(key)), f"unknown field for {name}")
        values = {}
        for field_name, decoder, init, required, plain in known:
            if field_name in data:
                value = data[field_name]
                # str, int and float fields: the common case, checked without a call or a path.
                if plain is None or type(value) is not plain:
                    value = decoder(value, f"{path}.{field_name}" if path else field_name)
                if init:
                    values[field_name] = value
            elif init and required:
                raise DecodeError(_field_path(path, field_name), f"missing field required by {name}")
        try:
            return cls(**values)
        except (TypeError, ValueError) as error:
            raise DecodeError(path, f"invalid {name}: {error}") from None
    return decode_dataclass
