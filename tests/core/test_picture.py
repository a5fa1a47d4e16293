"""The picture format: points packing, the fill bucket's region, media references."""

from __future__ import annotations

import sys
from collections import deque

from hypothesis import given, settings
from hypothesis import strategies as st

from nook.core import picture as pic


@given(st.lists(st.tuples(st.integers(-32000, 32000), st.integers(-32000, 32000)), max_size=200))
def test_points_round_trip(points):
    assert pic.decode_points(pic.encode_points(points)) == points


def test_points_are_clamped_and_rounded():
    assert pic.decode_points(pic.encode_points([(1.6, -2.4), (99999, -99999)])) == [(2, -2), (32000, -32000)]


def test_malformed_points_are_empty_not_fatal():
    assert pic.decode_points("not base64!!") == []
    assert pic.decode_points(None) == []
    assert pic.decode_points("AAAA") == []  # three bytes: not one whole point
    assert pic.decode_points("AAAAAA==") == [(0, 0)]


def test_items_of_skips_junk():
    picture = {"v": 1, "items": [{"type": "stroke"}, "junk", {"type": "laser"}, 3, {"no": "type"}]}
    assert pic.items_of(picture) == [{"type": "stroke"}]
    assert pic.items_of(None) == []
    assert pic.items_of({"items": "nope"}) == []


def test_media_hashes_finds_photos_and_fill_masks_anywhere():
    picture = pic.make_picture(
        [
            pic.photo("a" * 64, 10, 10, 100, 100),
            pic.fill("#ff0000", "b" * 64, 0, 0, 5, 5),
            pic.sticker("cat", 1, 2, 30),
            {"type": "sticker", "nested": [{"media": "c" * 64}]},
        ]
    )
    assert pic.media_hashes(picture) == {"a" * 64, "b" * 64, "c" * 64}


def test_resize_and_turn_are_bounded():
    sticker = pic.sticker("cat", 100, 100, 200)
    assert pic.resized(sticker, 100)["size"] <= 3000
    assert pic.resized(sticker, 0.001)["size"] >= 40
    assert pic.turned(pic.turned(sticker, 200), 200)["angle"] == 40


def test_page_sizes():
    assert pic.page_size("book", "page") == (1600, 1200)
    assert pic.page_size("list", "item") == (1600, 400)
    assert pic.page_size("letter", "envelope") == (1600, 1000)


def naive_flood(passable: bytes, width: int, height: int, x: int, y: int) -> bytearray:
    region = bytearray(width * height)
    if not passable[y * width + x]:
        return region
    queue = deque([(x, y)])
    region[y * width + x] = 1
    while queue:
        cx, cy = queue.popleft()
        for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
            if 0 <= nx < width and 0 <= ny < height:
                at = ny * width + nx
                if passable[at] and not region[at]:
                    region[at] = 1
                    queue.append((nx, ny))
    return region


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 24).flatmap(
        lambda w: st.integers(1, 24).flatmap(
            lambda h: st.tuples(
                st.just(w),
                st.just(h),
                st.binary(min_size=w * h, max_size=w * h),
                st.integers(0, w - 1),
                st.integers(0, h - 1),
            )
        )
    )
)
def test_flood_region_matches_a_plain_flood_fill(case):
    width, height, raw, x, y = case
    passable = bytes(b & 1 for b in raw)
    assert pic.flood_region(passable, width, height, x, y) == naive_flood(passable, width, height, x, y)


def test_flood_region_of_a_whole_page_is_quick_and_stops_at_walls():
    width, height = 1600, 1200
    passable = bytearray(b"\x01" * (width * height))
    for x in range(width):
        passable[600 * width + x] = 0
    region = pic.flood_region(bytes(passable), width, height, 5, 5)
    assert sum(region) == width * 600
    assert pic.region_bounds(region, width, height) == (0, 0, 1600, 600)
    assert pic.region_bounds(bytearray(4), 2, 2) is None


def test_core_imports_no_qt():
    assert "nook.core.picture" in sys.modules
    # picture and images never import Qt themselves (the suite may have loaded it elsewhere).
    import ast
    import inspect

    import nook.core.images

    for module in (pic, nook.core.images):
        tree = ast.parse(inspect.getsource(module))
        names = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        names += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        assert not any(name and name.startswith("PySide6") for name in names)


def test_picture_json_is_the_json_of_the_picture():
    import json

    items = [pic.stroke("brush", "#ff0000", 8, [(1, 2), (3, 4)]), pic.sticker("cat", 1, 2, 30)]
    text = pic.picture_json(items)
    assert json.loads(text) == pic.make_picture(items)
    again = [*items, pic.sticker("dog", 5, 6, 40)]
    assert json.loads(pic.picture_json(again)) == pic.make_picture(again)
    assert json.loads(pic.picture_json([])) == pic.new_picture()
