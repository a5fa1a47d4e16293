"""A JSON object read one value at a time from its text, so that its one big array (a
backpack's pieces) is decoded an item at a time and never held as Python objects whole.

`json.loads` of a 64 MB manifest of small pages builds about ten times that in dicts and
strings; walking it with `raw_decode` holds only the text and one item. No Qt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, TypeVar

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's own whitespace, no more
T = TypeVar("T")


class NotJson(ValueError):
    """The text is not the JSON object expected."""


def _skip(text: str, at: int) -> int:
    match = _SPACE.match(text, at)
    assert match is not None  # the pattern matches the empty string
    return match.end()


def _value(text: str, at: int) -> tuple[Any, int]:
    try:
        return _DECODER.raw_decode(text, at)
    except json.JSONDecodeError as error:
        raise NotJson(str(error)) from None


def top_level(
    text: str, streamed: str, use: Callable[[dict[str, Any], Iterator[Any]], T], needs: Iterable[str] = ()
) -> tuple[dict[str, Any], T | None]:
    """The object's values but one, and `use(values, items)` of that one: the array under
    the key `streamed`, its items decoded one at a time. `use` is called when the array is
    reached if every key in `needs` came before it (so it is decoded once), else after the
    whole object (the array's items are then decoded twice: once only to find its end).
    Returns the values and what `use` returned (None when there was no such array)."""
    values: dict[str, Any] = {}
    used: T | None = None
    later: int | None = None
    seen = False
    at = _skip(text, 0)
    if text[at : at + 1] != "{":
        raise NotJson("not an object")
    at = _skip(text, at + 1)
    if text[at : at + 1] == "}":
        at += 1
    else:
        while True:
            key, at = _value(text, at)
            if not isinstance(key, str):
                raise NotJson("a key that is not a string")
            at = _skip(text, at)
            if text[at : at + 1] != ":":
                raise NotJson("no ':' after a key")
            at = _skip(text, at + 1)
            if key == streamed:
                if seen:
                    raise NotJson(f"{streamed!r} twice")
                seen = True
                if all(need in values for need in needs):
                    used, at = _use_now(text, at, values, use)
                else:
                    later, at = at, _array_end(text, at)
            else:
                values[key], at = _value(text, at)
            at = _skip(text, at)
            mark = text[at : at + 1]
            at = _skip(text, at + 1)
            if mark == "}":
                break
            if mark != ",":
                raise NotJson("no ',' or '}' after a value")
    if _skip(text, at) != len(text):
        raise NotJson("more after the object")
    if later is not None:
        used = use(values, array_items(text, later))
    return values, used


def _use_now(
    text: str, at: int, values: dict[str, Any], use: Callable[[dict[str, Any], Iterator[Any]], T]
) -> tuple[T, int]:
    ends: list[int] = []

    def items() -> Iterator[Any]:
        ends.append((yield from _items(text, at)))

    used = use(values, items())
    if not ends:
        raise NotJson("an array not read to its end")
    return used, ends[0]


def array_items(text: str, at: int) -> Iterator[Any]:
    """The items of the array starting at `at`, one at a time (NotJson if it is not one)."""
    yield from _items(text, at)


def _items(text: str, at: int) -> Generator[Any, None, int]:
    """Yields the array's items; returns where the array ends."""
    if text[at : at + 1] != "[":
        raise NotJson("not an array")
    at = _skip(text, at + 1)
    if text[at : at + 1] == "]":
        return at + 1
    while True:
        item, at = _value(text, at)
        yield item
        at = _skip(text, at)
        mark = text[at : at + 1]
        at = _skip(text, at + 1)
        if mark == "]":
            return at
        if mark != ",":
            raise NotJson("no ',' or ']' after an item")


def _array_end(text: str, at: int) -> int:
    """Where the value at `at` ends: an array walked item by item (each dropped), else decoded."""
    if text[at : at + 1] != "[":
        return _value(text, at)[1]
    walker = _items(text, at)
    while True:
        try:
            next(walker)
        except StopIteration as stop:
            return int(stop.value)
