"""The fill bucket on a busy page: the full-size picture it pours on is drawn in a
worker, the UI thread keeps turning meanwhile, and the fill that lands is exactly the
one a fill computed at once on the whole picture (drawn as a fill sees it) gives. While
it is drawn, a pour looks at the picture the child sees, if that is drawn whole, and
lands with the tap."""

from __future__ import annotations

import io
import random
import threading

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressBar

from nook.core import images
from nook.core import picture as pic
from nook.render import Pictures, render_layer
from nook.ui.editor import fill as fill_module
from nook.ui.editor.fill import FillBucket, fill_layer
from nook.ui.editor.fill_region import FILL_TOLERANCE
from nook.ui.editor.model import PageState
from tests.ui.editor.conftest import tap

LEFT = Qt.MouseButton.LeftButton
STROKES = 150  # wide ones: far more to draw at full size than is drawn at once


@pytest.fixture
def held_drawing(monkeypatch):
    """The worker's drawing waits until the test lets it go: the child taps while it is
    still drawing, as on a slow laptop or a far busier page (here it takes ~0.1-0.2 s,
    and a loaded machine could finish it between two taps)."""
    release = threading.Event()
    draw = FillBucket._draw_in_worker

    def held(drawing, drawn):
        release.wait(30)
        draw(drawing, drawn)

    monkeypatch.setattr(FillBucket, "_draw_in_worker", staticmethod(held))
    yield release
    release.set()


def busy_items(area: QRectF) -> list[dict]:
    """A black frame on the left, and many wide strokes on the right of the picture."""
    rng = random.Random(3)
    left, top = area.left() + 60, area.top() + 60
    items = [pic.shape("rectangle", "#1b1b1b", 12, left, top, left + 500, top + 500)]
    for _ in range(STROKES):
        x, y = rng.uniform(area.center().x() + 100, area.right() - 60), rng.uniform(top, area.bottom() - 60)
        points = [(x + rng.uniform(-80, 80), y + rng.uniform(-80, 80)) for _ in range(30)]
        items.append(pic.stroke("brush", rng.choice(["#e63946", "#2a9d4f"]), 72, points))
    return items


def fill_at_once(library, items: list[dict], area: QRectF, point: QPointF) -> tuple[bytes, tuple[int, ...]]:
    """The fill's mask and box as computed on the whole picture drawn at one go."""
    layer = fill_layer(items, Pictures(library.media), area)
    width, height = int(area.width()), int(area.height())
    x, y = int(point.x() - area.x()), int(point.y() - area.y())
    rgba = bytes(layer.constBits())[: width * height * 4]
    passable = images.similar_colour_mask(rgba, width, height, x, y, FILL_TOLERANCE)
    region = pic.flood_region(passable, width, height, x, y)
    box = pic.region_bounds(region, width, height)
    assert box is not None
    png, (left, top, w, h) = images.mask_png(region, width, height, box)
    return png, (int(area.x()) + left, int(area.y()) + top, w, h)


class LoopProbe:
    """Counts event-loop turns: a zero-interval timer fires once per turn."""

    def __init__(self) -> None:
        self.turns = 0
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.turns += 1


def busy_page(library, writer, open_piece, shown: bool = True):
    """A busy page open in the editor; its picture as the child sees it drawn whole
    (`shown`), or not yet drawn at all (the page has only just opened)."""
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    area = view.layout_spec.picture
    items = busy_items(area)
    library.update_page(page.id, picture=pic.make_picture(items))
    screen.piece.reload(1)
    if shown:
        screen.current_view.layer()  # the editor's own picture of the page, drawn now (not what is measured)
    return screen, screen.current_view, area


def page_mask(library, fill: dict, area: QRectF) -> Image.Image:
    """Where a fill's mask paints, on a picture-sized mask in page units."""
    mask = Image.new("1", (int(area.width()), int(area.height())))
    part = Image.open(io.BytesIO(library.media(fill["media"]))).convert("1")
    assert part.size == (fill["w"], fill["h"])
    mask.paste(part, (fill["x"] - int(area.x()), fill["y"] - int(area.y())))
    return mask


def differing_share(a: Image.Image, b: Image.Image) -> float:
    """The pixels set in one mask and not the other, over those set in either."""
    either = ImageChops.logical_or(a, b).histogram()[255]
    differ = ImageChops.logical_xor(a, b).histogram()[255]
    return differ / either


def test_a_first_fill_on_a_busy_page_lands_with_the_tap_found_on_the_picture_the_child_sees(
    qtbot, library, writer, open_piece, held_drawing
):
    screen, view, area = busy_page(library, writer, open_piece)
    bucket = screen.piece.fill_bucket
    items = list(view.state.items)
    inside = QPointF(area.left() + 300, area.top() + 300)
    outside = QPointF(area.left() + 30, area.bottom() - 30)
    qtbot.mouseClick(screen.tool_panel.buttons["fill"], LEFT)
    qtbot.mouseClick(screen.colour_panel.buttons["#ffd60a"], LEFT)
    tap(qtbot, view, inside.x(), inside.y())
    # The full-size picture is still being drawn (its worker held), yet the paint is on
    # the page with the tap: nothing waits, no bar.
    assert not bucket.is_ready(items, area)
    assert len(view.state.items) == len(items) + 1 and not bucket.waiting
    first = view.state.items[-1]
    assert (first["type"], first["color"]) == ("fill", "#ffd60a")
    # Found at the screen's size, it covers what a full-size fill covers, give or take its
    # edge under the frame's lines (here 0.4%).
    png, (x, y, w, h) = fill_at_once(library, items, area, inside)
    exact = page_mask(
        library, {"media": library.put_media(png, "image/png", w, h), "x": x, "y": y, "w": w, "h": h}, area
    )
    assert differing_share(page_mask(library, first, area), exact) < 0.02
    assert abs(first["x"] - x) <= 3 and abs(first["y"] - y) <= 3 and abs(first["w"] - w) <= 6
    # An impatient child taps twice more: the paint is there already, nothing more is added
    # (three fills, two of them unseen, would take three undos to take away).
    tap(qtbot, view, inside.x() + 40, inside.y())
    tap(qtbot, view, inside.x() + 80, inside.y())
    assert len(view.state.items) == len(items) + 1 and not bucket.waiting
    # A second colour outside the frame lands at once too (around the first fill: the
    # picture the child sees has it).
    qtbot.mouseClick(screen.colour_panel.buttons["#1d4ed8"], LEFT)
    tap(qtbot, view, outside.x(), outside.y())
    second = view.state.items[-1]
    assert len(view.state.items) == len(items) + 2 and second["color"] == "#1d4ed8"
    both = ImageChops.logical_and(page_mask(library, first, area), page_mask(library, second, area))
    assert both.histogram()[255] == 0  # the frame's line between them


def test_a_fill_on_a_busy_page_just_opened_waits_for_the_worker_and_lands_exactly(
    qtbot, library, writer, open_piece, held_drawing
):
    screen, view, area = busy_page(library, writer, open_piece, shown=False)
    items = list(view.state.items)
    inside = QPointF(area.left() + 300, area.top() + 300)
    qtbot.mouseClick(screen.tool_panel.buttons["fill"], LEFT)
    qtbot.mouseClick(screen.colour_panel.buttons["#ffd60a"], LEFT)
    probe = LoopProbe()
    probe.timer.start()
    assert not view.layer_complete()  # the page has only just opened: nothing else to look at
    tap(qtbot, view, inside.x(), inside.y())
    # The tap returned before the fill was found: the UI thread did not draw the picture.
    assert view.state.items == items
    assert screen.piece.fill_bucket.waiting
    bar = screen.findChild(QProgressBar, "fillBusy")
    assert bar is not None and bar.isVisible() and bar.accessibleName() == "Getting the paint ready"
    held_drawing.set()
    qtbot.waitUntil(lambda: len(view.state.items) == len(items) + 1, timeout=30000)
    assert not bar.isVisible()  # the paint landed: the page shows it, not the bar
    probe.timer.stop()
    assert probe.turns >= 3  # the event loop kept turning while the worker drew
    fill = view.state.items[-1]
    png, (x, y, w, h) = fill_at_once(library, items, area, inside)
    assert (fill["type"], fill["color"]) == ("fill", "#ffd60a")
    assert (fill["x"], fill["y"], fill["w"], fill["h"]) == (x, y, w, h)
    assert library.media(fill["media"]) == png  # the very same mask, pixel for pixel
    assert not screen.piece.fill_bucket.waiting


def test_taps_made_while_the_worker_draws_land_in_order_and_a_repeat_is_let_go(
    qtbot, library, writer, open_piece, held_drawing
):
    screen, view, area = busy_page(library, writer, open_piece, shown=False)
    items = list(view.state.items)
    inside = QPointF(area.left() + 300, area.top() + 300)
    outside = QPointF(area.left() + 30, area.bottom() - 30)
    qtbot.mouseClick(screen.tool_panel.buttons["fill"], LEFT)
    qtbot.mouseClick(screen.colour_panel.buttons["#ffd60a"], LEFT)
    tap(qtbot, view, inside.x(), inside.y())
    tap(qtbot, view, inside.x() + 100, inside.y() + 50)  # impatient: the same frame again
    qtbot.mouseClick(screen.colour_panel.buttons["#1d4ed8"], LEFT)
    tap(qtbot, view, outside.x(), outside.y())
    assert view.state.items == items
    assert not view.layer_complete()  # (the page's own picture did not draw meanwhile either)
    held_drawing.set()
    qtbot.waitUntil(lambda: not screen.piece.fill_bucket.waiting, timeout=30000)
    first, second = view.state.items[len(items) :]
    assert (first["color"], second["color"]) == ("#ffd60a", "#1d4ed8")
    png, box = fill_at_once(library, items, area, inside)
    assert library.media(first["media"]) == png and (first["x"], first["y"], first["w"], first["h"]) == box
    # The second lands on the picture with the first fill in it, as if poured after it.
    png, box = fill_at_once(library, [*items, first], area, outside)
    assert library.media(second["media"]) == png and (second["x"], second["y"], second["w"], second["h"]) == box


def test_a_page_turn_lets_a_waiting_fill_go(qtbot, library, writer, open_piece, held_drawing):
    screen, view, area = busy_page(library, writer, open_piece, shown=False)
    items = list(view.state.items)
    qtbot.mouseClick(screen.tool_panel.buttons["fill"], LEFT)
    tap(qtbot, view, area.left() + 300, area.top() + 300)
    bucket = screen.piece.fill_bucket
    assert bucket.waiting
    worker = bucket._worker
    state = view.state
    screen.go_to(0)
    assert not bucket.waiting
    held_drawing.set()
    worker.join()
    QApplication.processEvents()  # what the worker sent back is taken (and let go)
    assert state.items == items
    assert not bucket.waiting


def test_a_busy_page_has_its_full_size_picture_drawn_ahead_so_a_first_fill_lands_at_once(
    qtbot, library, writer, open_piece
):
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    screen = open_piece(piece.id)
    screen.go_to(1)
    area = screen.current_view.layout_spec.picture
    items = busy_items(area)
    items += [pic.stroke("brush", "#1d4ed8", 8, [(area.right() - 50, area.top() + 20 + n)]) for n in range(300)]
    library.update_page(page.id, picture=pic.make_picture(items))
    screen.piece.reload(1)
    view = screen.current_view
    bucket = screen.piece.fill_bucket
    # Nobody picked the bucket: the page draws itself, then the worker draws it at full size.
    qtbot.waitUntil(lambda: bucket.is_ready(view.state.items, area), timeout=30000)
    qtbot.mouseClick(screen.tool_panel.buttons["fill"], LEFT)
    inside = QPointF(area.left() + 300, area.top() + 300)
    tap(qtbot, view, inside.x(), inside.y())
    assert len(view.state.items) == len(items) + 1  # landed with the tap: nothing to wait for
    png, box = fill_at_once(library, items, area, inside)
    fill = view.state.items[-1]
    assert library.media(fill["media"]) == png and (fill["x"], fill["y"], fill["w"], fill["h"]) == box


def test_a_pour_on_a_shown_picture_larger_than_the_page_is_found_off_the_ui_thread(qtbot, library, held_drawing):
    """On a high-density screen the picture the child sees has more pixels than the
    full-size one (twice as many each way here): searching it on the UI thread would hold
    the window longer than a pour on the full-size picture does, so a thread does it."""
    area = QRectF(0, 0, 400, 300)
    frame = busy_items(QRectF(0, 0, 1600, 840))[0]  # a black frame, from (60, 60) to (560, 560)
    rng = random.Random(5)
    corner = [[(rng.uniform(350, 390), rng.uniform(250, 290)) for _ in range(30)] for _ in range(40)]
    items = [frame, *(pic.stroke("brush", "#2a9d4f", 72, points) for points in corner)]  # more than drawn at once
    state = PageState("page", "piece", "page", "", {}, items)
    shown = render_layer(items, Pictures(library.media), area, 2.0)  # as a view at 2 pixels a unit draws it
    bucket = FillBucket(Pictures(library.media), library.media)
    bucket.shown = lambda asked: (shown, 2.0) if asked is state else None
    landed = []
    found_in = []
    find = fill_module.find_region

    def watched_find(*args):
        found_in.append(threading.current_thread() is threading.main_thread())
        return find(*args)

    fill_module.find_region = watched_find
    try:
        bucket.pour(state, area, QPointF(200, 200), "#ffd60a", lambda png, box: landed.append(box))
        qtbot.waitUntil(lambda: bool(landed), timeout=10000)
    finally:
        fill_module.find_region = find
    assert found_in == [False]  # found in a thread, while the full-size picture is still held
    x, y, w, h = landed[0]
    assert 64 <= x <= 66 and 64 <= y <= 66  # inside the frame's line (54 to 66)
    assert x + w >= 400 and y + h >= 300  # to the picture's edge
    bucket.close()
