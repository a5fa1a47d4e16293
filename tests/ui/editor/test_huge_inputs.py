"""Huge inputs inside the limits never freeze the editor (issue 9 item 9): the UI thread
keeps ticking while they are made ready. Ticks are counted, never timed; the figures
(seconds, memory) are in tests/benchmarks/bench_huge_inputs.py."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


@pytest.fixture(autouse=True)
def photos_allowed(library):
    library.set_setting("child_may_import_photos", True)


class Ticks:
    """A timer on the UI thread; how often it fired while something ran."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1

    def stop(self) -> int:
        self.timer.stop()
        return self.count


def huge_png(path: Path, side: int = 8000) -> Path:
    """An 8000 x 8000 PNG: a small file (one colour compresses well), 64 million pixels."""
    image = Image.new("RGB", (side, side), "#3366ff")
    image.paste("#ffcc00", (0, 0, side // 2, side // 2))
    image.save(path, "PNG", compress_level=1)
    return path


def test_an_8000_pixel_png_is_made_ready_off_the_ui_thread(qtbot, library, writer, open_piece, tmp_path) -> None:
    path = huge_png(tmp_path / "huge.png")
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    actions = screen.picture_actions
    ticks = Ticks()
    with qtbot.waitSignal(actions.photo_done, timeout=60_000) as done:
        assert screen.import_photo(path)
        busy = screen.findChild(QWidget, "photoBusy")
        assert busy is not None and busy.isVisible()  # a picture that work goes on
    counted = ticks.stop()
    assert done.args == [True]
    # Decoding takes seconds: a UI thread that was free ticked many times meanwhile (on
    # the UI thread it would not have ticked at all until the end).
    assert counted >= 10
    assert not busy.isVisible()
    item = screen.current_view.state.items[-1]
    info = library.media_info(item["media"])
    assert (info["width"], info["height"]) == (2048, 2048)
    stored = Image.open(io.BytesIO(library.media(item["media"])))
    assert stored.getpixel((10, 10)) == (255, 204, 0) and stored.getpixel((2000, 2000)) == (51, 102, 255)


def test_a_page_of_a_million_letters_opens_with_a_bounded_box_and_keeps_every_letter(
    qtbot, library, writer, open_piece
) -> None:
    from PySide6.QtCore import Qt

    from nook.ui.editor.words_edit import MAX_FIELD

    words = ("the fox ran up the hill and down again " * 30_000)[:1_000_000]
    piece = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(piece.id)[0].id, words=words)
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    # What the editor lays out is bounded by its own limit, whatever the page brought.
    assert edit.document().characterCount() <= MAX_FIELD + 1
    assert edit.toPlainText() == words[:MAX_FIELD]
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # the first letter goes; the other 999,999 stay
    screen.flush()
    assert library.pages(piece.id)[0].words == words[1:]
