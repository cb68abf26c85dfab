"""pytk.rpc.codec: JSON encoding and hint-driven decoding."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

import pytest

from pytk.rpc.codec import DecodeError, decode, encode


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclass
class Item:
    name: str
    qty: int = 1


@dataclass
class Order:
    id: int
    items: list[Item]
    color: Color = Color.RED
    tags: dict[str, float] = field(default_factory=dict)
    note: Optional[str] = None


@dataclass
class Tree:
    label: str
    children: list[Tree] = field(default_factory=list)


@dataclass
class Positive:
    n: int

    def __post_init__(self) -> None:
        if self.n <= 0:
            raise ValueError("n must be positive")


def error_of(hint: Any, data: Any, path: str = "args[0]") -> DecodeError:
    with pytest.raises(DecodeError) as caught:
        decode(hint, data, path)
    return caught.value


# -- encode -------------------------------------------------------------------

def test_encode_scalars_pass_through() -> None:
    assert [encode(v) for v in ("a", 1, 1.5, True, None)] == ["a", 1, 1.5, True, None]


def test_encode_containers_dataclasses_and_enums() -> None:
    order = Order(7, [Item("milk", 2)], Color.GREEN, {"x": 0.5})
    assert encode(order) == {"id": 7, "items": [{"name": "milk", "qty": 2}], "color": "green",
                             "tags": {"x": 0.5}, "note": None}
    assert encode((1, (2, 3))) == [1, [2, 3]]
    assert encode(Level.HIGH) == 2 and type(encode(Level.HIGH)) is int


def test_encode_rejects_unknown_types_naming_them() -> None:
    with pytest.raises(TypeError, match="set"):
        encode({1, 2})
    with pytest.raises(TypeError, match="object"):
        encode([object()])
    with pytest.raises(TypeError, match="int keys"):
        encode({1: "a"})
    with pytest.raises(TypeError, match="Item"):
        encode(Item)  # a dataclass class, not an instance


# -- decode: scalars ------------------------------------------------------------

def test_int_accepts_integral_float_and_rejects_bool_and_fractions() -> None:
    assert decode(int, 3, "x") == 3
    value = decode(int, 3.0, "x")
    assert value == 3 and type(value) is int
    assert error_of(int, True).message == "expected int, got bool"
    assert "non-integral" in error_of(int, 3.5).message
    assert error_of(int, "3").message == "expected int, got str"


def test_float_accepts_int_and_rejects_bool() -> None:
    value = decode(float, 2, "x")
    assert value == 2.0 and type(value) is float
    assert error_of(float, False).message == "expected float, got bool"


def test_str_bool_none_any() -> None:
    assert decode(str, "a", "x") == "a"
    assert decode(bool, False, "x") is False
    assert error_of(bool, 0).message == "expected bool, got int"
    assert decode(None, None, "x") is None
    assert decode(type(None), None, "x") is None
    assert error_of(None, 0).message == "expected null, got int"
    assert decode(Any, {"a": [1]}, "x") == {"a": [1]}
    assert error_of(str, None).message == "expected str, got null"


# -- decode: containers ------------------------------------------------------------

def test_list_reports_item_index() -> None:
    assert decode(list[int], [1, 2], "x") == [1, 2]
    error = error_of(list[int], [1, "2"])
    assert (error.path, error.message) == ("args[0][1]", "expected int, got str")
    assert str(error) == "args[0][1]: expected int, got str"
    assert error_of(list[int], {"a": 1}).message == "expected list, got object"


def test_tuples_fixed_and_variadic() -> None:
    assert decode(tuple[int, ...], [1, 2, 3], "x") == (1, 2, 3)
    assert decode(tuple[int, str], [1, "a"], "x") == (1, "a")
    assert "2 items, got 3" in error_of(tuple[int, str], [1, "a", 2]).message
    assert error_of(tuple[int, str], [1, 2]).path == "args[0][1]"


def test_dict_with_str_keys() -> None:
    assert decode(dict[str, int], {"a": 1}, "x") == {"a": 1}
    assert error_of(dict[str, int], {"a": "b"}).path == 'args[0]["a"]'
    with pytest.raises(TypeError, match="keys must be str"):
        decode(dict[int, int], {}, "x")


# -- decode: unions and literals ----------------------------------------------------

def test_optional_reports_inner_error() -> None:
    assert decode(Optional[int], None, "x") is None
    assert decode(int | None, 4, "x") == 4
    assert error_of(Optional[Item], {"name": 1}).path == "args[0].name"


def test_union_tries_members_in_order() -> None:
    value = decode(int | float, 3.0, "x")
    assert value == 3 and type(value) is int
    value = decode(float | int, 3, "x")
    assert value == 3.0 and type(value) is float  # not served from int | float's cache entry
    assert decode(int | str, "a", "x") == "a"
    assert decode(int | bool, True, "x") is True
    assert error_of(int | str, [1]).message == "expected int | str, got list"


def test_union_reports_the_member_that_matched_the_shape() -> None:
    error = error_of(int | Item, {"name": "a", "qty": "many"})
    assert (error.path, error.message) == ("args[0].qty", "expected int, got str")


def test_literal() -> None:
    assert decode(Literal["a", "b"], "b", "x") == "b"
    assert decode(Literal[Color.RED], "red", "x") is Color.RED
    assert error_of(Literal["a", "b"], "c").message == "expected one of 'a', 'b', got 'c'"
    assert "got True" in error_of(Literal[1], True).message


# -- decode: enums and dataclasses -----------------------------------------------

def test_enum_by_value() -> None:
    assert decode(Color, "green", "x") is Color.GREEN
    assert decode(Level, 2, "x") is Level.HIGH
    assert "Color" in error_of(Color, "blue").message
    assert "got True" in error_of(Level, True).message


def test_dataclass_round_trip() -> None:
    order = Order(7, [Item("milk", 2), Item("egg")], Color.GREEN, {"x": 1.0}, "asap")
    assert decode(Order, encode(order), "x") == order


def test_dataclass_defaults_missing_and_unknown_fields() -> None:
    assert decode(Item, {"name": "a"}, "x") == Item("a", 1)
    missing = error_of(Item, {"qty": 2})
    assert (missing.path, missing.message) == ("args[0].name", "missing field required by Item")
    unknown = error_of(Item, {"name": "a", "colour": "red"})
    assert (unknown.path, unknown.message) == ("args[0].colour", "unknown field for Item")
    assert error_of(Item, ["a"]).message == "expected object (Item), got list"


def test_nested_path() -> None:
    data = {"id": 1, "items": [{"name": "a"}, {"name": "b"}, {"name": 5}]}
    error = error_of(Order, data)
    assert str(error) == "args[0].items[2].name: expected str, got int"


def test_recursive_dataclass_with_postponed_annotations() -> None:
    tree = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
    assert decode(Tree, encode(tree), "x") == tree
    assert error_of(Tree, {"label": "r", "children": [{"label": 1}]}).path == "args[0].children[0].label"


def test_dataclass_validation_error_becomes_decode_error() -> None:
    error = error_of(Positive, {"n": -1})
    assert error.path == "args[0]" and "n must be positive" in error.message


def test_empty_path_for_top_level_fields() -> None:
    assert error_of(Item, {"name": 3}, path="").path == "name"


def test_unsupported_hint_raises_type_error() -> None:
    with pytest.raises(TypeError, match="unsupported"):
        decode(set[int], [1], "x")


def test_datetimes_dates_and_times_travel_as_iso_8601_strings():
    import datetime as dt

    moment = dt.datetime(2026, 11, 25, 16, 19, 5, tzinfo=dt.timezone.utc)
    assert encode({"at": moment, "day": moment.date(), "time": moment.time()}) == {
        "at": "2026-11-25T16:19:05+00:00", "day": "2026-11-25", "time": "16:19:05"}
    assert decode(dt.datetime, "2026-11-25T16:19:05+00:00", "at") == moment
    assert decode(dt.date, "2026-11-25", "day") == moment.date()
    assert decode(list[dt.time], ["16:19:05"], "t") == [moment.time()]
    for hint, data, message in [(dt.datetime, "soon", "at: expected an ISO 8601 datetime, got 'soon'"),
                                (dt.date, "2026-11-25T00:00", "at: expected an ISO 8601 date, got '2026-11-25T00:00'"),
                                (dt.datetime, 5, "at: expected an ISO 8601 datetime string, got int")]:
        with pytest.raises(DecodeError) as caught:
            decode(hint, data, "at")
        assert str(caught.value) == message
