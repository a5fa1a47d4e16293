"""Close a piece and open it again: exactly what was there, to the pixel."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize, Qt

from nook.core.library import Library
from nook.render import draw_page
from tests.ui.editor.conftest import drag, tap

LEFT = Qt.MouseButton.LeftButton


def make_photo(path: Path) -> Path:
    image = Image.new("RGB", (640, 480), "#3a86ff")
    for x in range(0, 640, 40):
        for y in range(0, 480, 40):
            if (x + y) // 40 % 2:
                image.paste("#ffbe0b", (x, y, x + 40, y + 40))
    image.save(path, "JPEG", quality=92)
    return path


def test_reopening_shows_exactly_what_was_there(qtbot, library, writer, open_piece, tmp_path, data_dir):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    qtbot.keyClicks(screen.current_view.edits["words"], "Our trip")
    screen.go_to(1)
    view = screen.current_view
    qtbot.mouseClick(screen.tool_panel.buttons["circle"], LEFT)
    drag(qtbot, view, [(200, 150), (500, 450)])
    qtbot.mouseClick(screen.tool_panel.buttons["fill"], LEFT)
    qtbot.mouseClick(screen.colour_panel.buttons["#8ac926"], LEFT)
    tap(qtbot, view, 350, 300)
    qtbot.mouseClick(screen.tool_panel.buttons["brush"], LEFT)
    drag(qtbot, view, [(600, 600), (900, 650), (1200, 600)])
    qtbot.mouseClick(screen.tool_panel.buttons["eraser"], LEFT)
    drag(qtbot, view, [(900, 560), (900, 700)])
    assert screen.import_photo(make_photo(tmp_path / "photo.jpg"), by_grown_up=True)
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], LEFT)
    qtbot.mouseClick(screen.sticker_box.sticker_buttons["cat"], LEFT)
    tap(qtbot, view, 1300, 250)
    drag(qtbot, view, [(1300, 250), (1350, 300), (1400, 350)])
    qtbot.keyClicks(view.edits["words"], "We saw a c")
    view.edits["words"].insertPlainText("ät 🐱")  # QTest can only type ASCII keys
    shown_items = list(view.state.items)
    shown_view = view.grab().toImage()
    size = QSize(800, 600)
    # What the editor holds, drawn by the renderer, before anything is closed.
    shown = [draw_page(library, state.as_page(i), size) for i, state in enumerate(screen.states)]
    screen.close_piece()
    screen.hide()
    stored = [draw_page(library, p, size) for p in library.pages(piece.id)]
    assert stored == shown  # pixel for pixel

    # Open the library afresh, as a new session would.
    again = Library.open(data_dir)
    try:
        pages = again.pages(piece.id)
        assert pages[1].picture["items"] == shown_items
        assert pages[1].words == "We saw a cät 🐱"
        assert [draw_page(again, p, size) for p in pages] == stored
        from nook.speech import Voice
        from nook.ui.editor import PieceScreen
        from nook.ui.operations import Operations

        ops = Operations(again)
        reopened = PieceScreen(again, ops, piece.id, Voice(), 64)
        reopened.resize(1100, 780)
        reopened.show()
        qtbot.waitExposed(reopened)
        reopened.go_to(1)
        reopened_view = reopened.current_view
        reopened_view.select(None)
        view_image = reopened_view.grab().toImage()
        assert view_image.size() == shown_view.size()
        # The selection frame and handles were showing before; compare without them.
        assert reopened_view.state.items == shown_items
        assert reopened_view.edits["words"].toPlainText() == "We saw a cät 🐱"
        reopened.close_piece()
        reopened.hide()
        reopened.setParent(None)
        del reopened_view
        with qtbot.waitSignal(reopened.destroyed):
            reopened.deleteLater()
        ops.detach()
    finally:
        again.close()


def test_the_editor_view_matches_itself_after_reopening(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    view = screen.current_view
    drag(qtbot, view, [(200, 200), (600, 300), (900, 200)])
    qtbot.keyClicks(view.edits["words"], "Hello")
    view.edits["words"].setCursorWidth(0)  # the blinking text cursor is not part of the page
    first = view.grab().toImage()
    screen.close_piece()
    reopened = open_piece(piece.id)
    reopened.go_to(1)
    second = reopened.current_view.grab().toImage()
    assert first == second


def test_opening_a_piece_on_the_page_it_reopens_on_writes_nothing(qtbot, library, writer, open_piece):
    """Each write is a commit the disk must sync (synchronous=FULL), on the UI thread before
    the editor is painted: a piece opened for the first time stored "reopen on page 1",
    where it reopens anyway. A page turned to is still remembered."""
    piece = library.new_piece(writer.id, "book")
    seen: list[str] = []
    library.db.conn.set_trace_callback(seen.append)
    try:
        screen = open_piece(piece.id)
    finally:
        library.db.conn.set_trace_callback(None)
    assert not [s for s in seen if not s.startswith(("SELECT", "PRAGMA"))]
    screen.go_to(1)
    assert library.state(f"last_page:{piece.id}") == 1
    screen.close()
    screen = open_piece(piece.id)
    assert screen.piece.index == 1
    screen.go_to(0)
    assert library.state(f"last_page:{piece.id}") == 0
