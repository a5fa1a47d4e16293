"""A JSON object read a value at a time (a backpack's manifest): the same values as
json.loads, its big array handed over an item at a time, anything else refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nook.core.json_stream import NotJson, top_level

leaves = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
values = st.recursive(
    leaves, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
)


def collect(_: dict[str, Any], items: Iterator[Any]) -> list[Any]:
    return list(items)


@given(
    st.dictionaries(st.text(max_size=6), values, max_size=4),
    st.lists(values, max_size=4),
    st.integers(0, 4),
    st.sampled_from([None, 0, 1]),
)
def test_the_same_as_json_loads(others: dict[str, Any], items: list[Any], place: int, indent: int | None) -> None:
    others.pop("pieces", None)
    keys = list(others)
    keys.insert(min(place, len(keys)), "pieces")
    whole = {key: items if key == "pieces" else others[key] for key in keys}
    text = json.dumps(whole, indent=indent, ensure_ascii=False)
    found, streamed = top_level(text, "pieces", collect)
    assert found == others and streamed == items


def test_the_array_is_used_as_it_is_reached_when_what_it_needs_came_first() -> None:
    seen: list[dict[str, Any]] = []

    def use(values: dict[str, Any], items: Iterator[Any]) -> int:
        seen.append(dict(values))
        return sum(1 for _ in items)

    assert top_level('{"a": 1, "pieces": [1, 2], "b": 2}', "pieces", use, needs=["a"]) == ({"a": 1, "b": 2}, 2)
    assert seen == [{"a": 1}]
    assert top_level('{"pieces": [1, 2], "a": 1, "b": 2}', "pieces", use, needs=["a"])[1] == 2
    assert seen[1] == {"a": 1, "b": 2}  # after the whole object


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[1]",
        '{"a":1,}',
        '{"a":1}x',
        '{"pieces":[1,]}',
        '{"pieces":[1 2]}',
        '{"a" 1}',
        '{"pieces":3}',
        '{"a":1',
        '{"pieces":[],"pieces":[]}',
        '{"pieces":[' + "[" * 100_000 + "]",
    ],
)
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises((NotJson, RecursionError)):
        top_level(text, "pieces", collect)
