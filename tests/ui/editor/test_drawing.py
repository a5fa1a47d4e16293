"""Drawing on a page with real mouse events: strokes, shapes, fill, stickers, photos."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from nook.core import picture as pic
from nook.render import draw_page
from tests.ui.editor.conftest import drag, page_point, tap


def colour_at(image, x, y, size):
    """The colour of page point (x, y) in a render of a 1600x1200 page at `size`."""
    sx = size.width() / 1600
    return QColor(image.pixel(int(x * sx), int(y * sx)))


def near(point, expected, view) -> bool:
    """Where the mouse was, to within the one screen pixel it lands on (in page units)."""
    pixel = 1 / view.scale
    return all(abs(a - b) <= pixel for a, b in zip(point, expected, strict=True))


def test_a_stroke_drawn_with_the_mouse_is_stored_and_rendered(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    qtbot.mouseClick(screen.colour_panel.buttons["#1d4ed8"], qtbot_left())
    qtbot.mouseClick(screen.tool_panel.buttons["size_huge"], qtbot_left())
    drag(qtbot, view, [(200, 300), (400, 300), (600, 300), (800, 320)])
    assert len(view.state.items) == 1
    stroke = view.state.items[0]
    assert stroke["type"] == "stroke" and stroke["color"] == "#1d4ed8" and stroke["width"] == 72
    assert near(pic.decode_points(stroke["points"])[0], (200, 300), view)
    screen.flush()
    page = library.page(view.state.id)
    assert pic.items_of(page.picture) == [stroke]
    size = QSize(800, 600)
    image = draw_page(library, page, size)
    assert colour_at(image, 500, 300, size) == QColor("#1d4ed8")
    assert colour_at(image, 500, 600, size) == QColor("#ffffff")
    # The editor's own view shows it too.
    grab = view.grab().toImage()
    point = page_point(view, 500, 300)
    assert QColor(grab.pixel(point.x(), point.y())) == QColor("#1d4ed8")


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_fill_bucket_fills_inside_a_closed_shape_only(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["rectangle"], qtbot_left())
    qtbot.mouseClick(screen.colour_panel.buttons["#1b1b1b"], qtbot_left())
    drag(qtbot, view, [(300, 200), (700, 400), (900, 600)])
    assert view.state.items[-1]["shape"] == "rectangle"
    qtbot.mouseClick(screen.tool_panel.buttons["fill"], qtbot_left())
    qtbot.mouseClick(screen.colour_panel.buttons["#ffd60a"], qtbot_left())
    tap(qtbot, view, 600, 400)
    fill = view.state.items[-1]
    assert fill["type"] == "fill" and fill["color"] == "#ffd60a"
    assert library.media(fill["media"]) is not None
    assert 280 <= fill["x"] <= 320 and 180 <= fill["y"] <= 220
    screen.flush()
    size = QSize(1600, 1200)
    image = draw_page(library, library.page(view.state.id), size)
    assert colour_at(image, 600, 400, size) == QColor("#ffd60a")  # inside
    assert colour_at(image, 1200, 700, size) == QColor("#ffffff")  # outside stays white
    assert colour_at(image, 300, 400, size) == QColor("#1b1b1b")  # the line stays


def test_eraser_clears_what_is_under_it(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["size_huge"], qtbot_left())
    drag(qtbot, view, [(200, 300), (1000, 300)])
    qtbot.mouseClick(screen.tool_panel.buttons["eraser"], qtbot_left())
    drag(qtbot, view, [(600, 150), (600, 450)])
    screen.flush()
    size = QSize(1600, 1200)
    image = draw_page(library, library.page(view.state.id), size)
    assert colour_at(image, 600, 300, size) == QColor("#ffffff")
    assert colour_at(image, 300, 300, size) == QColor("#e63946")


def test_every_shape_can_be_drawn(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    for n, shape in enumerate(pic.SHAPES):
        qtbot.mouseClick(screen.tool_panel.buttons[shape], qtbot_left())
        drag(qtbot, view, [(100 + n * 250, 200), (150 + n * 250, 300), (300 + n * 250, 400)])
    assert [item["shape"] for item in view.state.items] == list(pic.SHAPES)


def test_a_stroke_or_shape_started_just_outside_the_picture_starts_at_its_edge(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    area = view.layout_spec.picture
    near = 10 / view.scale  # ten pixels off the picture's left edge, still on the page
    y = area.center().y()
    drag(qtbot, view, [(area.left() - near, y), (area.left() + 200, y), (area.left() + 400, y)])
    assert len(view.state.items) == 1
    (x0, y0) = pic.decode_points(view.state.items[0]["points"])[0]
    assert x0 == round(area.left()) and abs(y0 - y) <= 2  # started, clamped to the picture
    qtbot.mouseClick(screen.tool_panel.buttons["rectangle"], qtbot_left())
    x = area.center().x()
    drag(qtbot, view, [(x, area.top() - near), (x + 100, area.top() + 100), (x + 200, area.top() + 200)])
    assert len(view.state.items) == 2 and view.state.items[1]["shape"] == "rectangle"
    assert view.state.items[1]["y1"] == round(area.top())


def test_a_sticker_is_placed_moved_resized_turned_and_removed(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], qtbot_left())
    assert screen.side.currentWidget() is screen.sticker_box
    qtbot.mouseClick(screen.sticker_box.sticker_buttons["cat"], qtbot_left())
    tap(qtbot, view, 400, 400)
    sticker = view.state.items[-1]
    assert sticker["type"] == "sticker" and sticker["sticker"] == "cat"
    assert near((sticker["x"], sticker["y"]), (400, 400), view)
    assert view.handles.isVisible()
    drag(qtbot, view, [(400, 400), (500, 450), (700, 500)])
    moved = view.state.items[-1]
    assert near((moved["x"], moved["y"]), (700, 500), view)
    assert len(view.state.items) == 1
    qtbot.mouseClick(view.handles.bigger, qtbot_left())
    assert view.state.items[0]["size"] > moved["size"]
    qtbot.mouseClick(view.handles.turn, qtbot_left())
    assert view.state.items[0]["angle"] == 30
    screen.flush()
    stored = pic.items_of(library.page(view.state.id).picture)
    assert stored == view.state.items
    qtbot.mouseClick(view.handles.remove, qtbot_left())
    assert view.state.items == []
    screen.undo()
    assert view.state.items[0]["angle"] == 30


def test_a_sticker_can_be_found_by_name(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], qtbot_left())
    qtbot.keyClicks(screen.sticker_box.search, "kitt")
    assert "cat" in screen.sticker_box.sticker_buttons
    button = screen.sticker_box.sticker_buttons["cat"]
    assert button.accessibleName() == "cat"
    assert button.width() >= 64 and button.height() >= 64


def test_a_search_with_no_sticker_shows_a_nothing_found_picture(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    box = screen.sticker_box
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], qtbot_left())
    qtbot.keyClicks(box.search, "zqxj")
    assert box.sticker_buttons == {}
    found = box.nothing_found
    assert found.isVisible() and found.accessibleName() == "No sticker found"
    # A real picture, not a blank box: some of its pixels are painted.
    image = found.pixmap().toImage()
    assert image.width() >= 64
    spots = [(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    painted = {image.pixelColor(x, y).alpha() > 0 for x, y in spots}
    assert painted == {True, False}
    box.search.clear()
    assert not found.isVisible() and box.sticker_buttons
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the clear let go
    qtbot.keyClicks(box.search, "qqqz")  # a second miss shows the same picture again
    assert found.isVisible()


def test_clear_picture_is_undoable(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    drag(qtbot, view, [(200, 300), (400, 300)])
    drag(qtbot, view, [(200, 500), (400, 500)])
    qtbot.mouseClick(screen.clear_button, qtbot_left())
    assert view.state.items == []
    qtbot.mouseClick(screen.undo_button, qtbot_left())
    assert len(view.state.items) == 2


def test_picking_the_bucket_draws_the_full_size_picture_in_a_worker(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    for n in range(5):
        drag(qtbot, view, [(100 + n * 100, 100), (150 + n * 100, 400)])
    bucket = screen.piece.fill_bucket
    area = view.layout_spec.picture
    assert not bucket.is_ready(view.state.items, area)
    qtbot.mouseClick(screen.tool_panel.buttons["fill"], qtbot_left())
    qtbot.waitUntil(lambda: bucket.is_ready(view.state.items, area), timeout=5000)
    tap(qtbot, view, 1400, 600)
    assert view.state.items[-1]["type"] == "fill"


def test_a_busy_page_appears_at_once_and_draws_itself_in_slices(qtbot, library, writer, open_piece):
    import random

    rng = random.Random(5)

    def scribble() -> list[tuple[float, float]]:
        """Thirty points a small hand moves through, as a child's scribble does."""
        x, y = rng.uniform(100, 1500), rng.uniform(100, 700)
        points = []
        for _ in range(30):
            x, y = x + rng.uniform(-30, 30), y + rng.uniform(-30, 30)
            points.append((x, y))
        return points

    piece = library.new_piece(writer.id, "book")
    busy = library.pages(piece.id)[1]
    items = [pic.stroke("brush", "#1d4ed8", 36, scribble()) for _ in range(400)]
    library.update_page(busy.id, picture=pic.make_picture(items))
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    view.repaint()
    assert not view.layer_complete()  # shown before every stroke is drawn
    qtbot.waitUntil(view.layer_complete, timeout=10000)
    # The finished drawing is exactly what a fresh render of the picture gives.
    # Its thumbnail in the page strip shows the drawing too.
    thumb = screen.strip.thumbs[1].icon().pixmap(64).toImage()
    inked = [
        colour
        for x in range(thumb.width())
        for y in range(thumb.height())
        if (colour := thumb.pixelColor(x, y)).blue() > colour.red() + 80
    ]
    assert len(inked) > thumb.width() * thumb.height() // 10
    from nook.render import Pictures, render_layer

    fresh = render_layer(items, Pictures(library.media), view.layout_spec.picture, view.scale)
    assert view.layer() == fresh
    # Touching the page while it is still drawing finishes it first.
    screen.go_to(0)
    screen.layers.clear()
    screen.go_to(1)
    view = screen.current_view
    drag(qtbot, view, [(100, 100), (300, 300)])
    assert view.layer_complete() and len(view.state.items) == 401


def test_an_empty_picture_area_is_outlined_until_drawn_on(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)  # the cover, nothing on it yet
    view = screen.current_view
    area = view.to_widget(view.layout_spec.picture).toRect()

    def outline_on_top_edge() -> bool:
        grab = view.grab().toImage()
        y0, ratio = area.top(), grab.devicePixelRatio()
        for x in range(area.left() + 20, area.right() - 20, 3):
            for y in range(y0, y0 + 6):
                colour = QColor(grab.pixel(round(x * ratio), round(y * ratio)))
                if abs(colour.red() - 0xE3) + abs(colour.green() - 0xC9) + abs(colour.blue() - 0x8F) < 60:
                    return True
        return False

    assert outline_on_top_edge()
    picture = view.layout_spec.picture
    drag(qtbot, view, [(picture.center().x(), picture.center().y()), (picture.center().x() + 50, picture.center().y())])
    assert view.state.items and not outline_on_top_edge()  # drawn on: the picture shows itself
