"""A child's tap that cannot be stored is answered every time (issue 9): while another
program holds the library, the first failure shows the oops and the strip; a second tap
on New book then did nothing visible at all (the child was told "once per spell"). Now
every tap that could not be done shows and says the oops again, as soon as the short
lock wait is over; the app's own retries in the background still do not.

A real second process holds an EXCLUSIVE lock on the library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from nook.core.library import LIBRARY_FILE, Library
from nook.speech.silent import SilentVoice
from nook.ui.editor.oops import oops_message
from nook.ui.main_window import MainWindow
from nook.ui.operations import StorageFailure
from tests.core.test_opening import HOLD_LOCK


def test_every_tap_that_cannot_be_stored_is_answered(qtbot, nook_app, data_dir: Path, app_log) -> None:
    app_log.expect(r"could not store .* database is locked")
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "sign")
    voice = SilentVoice()
    window = MainWindow(library, voice, store_retry_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    qtbot.waitExposed(window)
    new_book = window.shelf_screen.findChild(QWidget, "newBook")
    said = oops_message("not_stored")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir / LIBRARY_FILE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"locked"
        qtbot.mouseClick(new_book, Qt.MouseButton.LeftButton)
        oops = window.findChild(QWidget, "storageOops")
        assert oops is not None and oops.isVisible() and window.storage_strip.isVisible()
        qtbot.waitUntil(lambda: voice.spoken.count(said) == 1)
        qtbot.mouseClick(oops.ok, Qt.MouseButton.LeftButton)  # the child taps OK ...
        assert not oops.isVisible()
        # Taps where the bubble was are its own for a moment (the OK tapped twice): the
        # child's next tap on New book comes after.
        qtbot.waitUntil(lambda: not oops._guard.isActive())
        qtbot.mouseClick(new_book, Qt.MouseButton.LeftButton)  # ... and New book again
        assert oops.isVisible(), "a second tap on New book did nothing visible"
        qtbot.waitUntil(lambda: voice.spoken.count(said) == 2)
        assert library.count_pieces(writer.id) == 1  # nothing half made
        # The app's own stores in the background (the editor's held words) fail quietly.
        qtbot.mouseClick(oops.ok, Qt.MouseButton.LeftButton)
        window.open_piece(piece.id)
        qtbot.keyClicks(window.piece_screen.current_view.edits["words"], "hi")
        window.flush()
        assert not oops.isVisible() and voice.spoken.count(said) == 2
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    window.flush()
    assert library.pages(piece.id)[0].words == "hi"
    window.close()
    voice.shutdown()
    library.close()


def test_the_storage_oops_has_its_bubble_behind_its_words(qtbot, nook_app, library: Library, writer) -> None:
    """Seen under Xvfb: the storage oops drew its words straight over the shelf's buttons,
    unreadable; its style sheet named only the editor's bubble."""
    voice = SilentVoice()
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.show_shelf(writer.id)
    qtbot.waitExposed(window)
    window.ops.trouble.emit(StorageFailure("store", window, OSError(28, "No space left on device"), "full"))
    oops = window.findChild(QWidget, "storageOops")
    assert oops is not None and oops.isVisible()
    image = oops.grab().toImage()
    inside = image.pixelColor(image.width() // 2, 8)  # between its border and its words
    assert inside.name() == "#fff3d6"
    voice.shutdown()
