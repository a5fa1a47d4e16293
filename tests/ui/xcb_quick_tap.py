"""Run by test_quick_taps_xcb.py on a real X server (Xvfb, the xcb platform): the real
window, the pointer moved by the X server (QCursor.setPos warps it, and X sends the
motion and enter events as they come), then a press at once. Prints one JSON line:
what the voice was asked to say, the words it reported heard, and show time's page.

Usage: python tests/ui/xcb_quick_tap.py DATA_DIR {readAloud|showTime}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.speech import make_voice
from nook.speech.forwarding import ForwardingVoice
from nook.ui.app import create_application
from nook.ui.main_window import MainWindow
from tests.on_x import wait_until

PAGES = ["My cat Tom and his long lazy days", "Tom is big and he likes fish", "Tom naps all day in the sun"]


class EnterWatch(QObject):
    """Notes when the X server's pointer events reach a widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.entered = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Enter, QEvent.Type.MouseMove, QEvent.Type.HoverMove):
            self.entered = True
        return False


def main(data_dir: Path, target: str) -> int:
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words=PAGES[0])
    library.update_page(first.id, words=PAGES[1])
    library.add_page(piece.id, words=PAGES[2])
    library.set_state("last_writer", writer.id)
    library.set_state(f"last_piece:{writer.id}", piece.id)

    app = create_application([sys.argv[0]])  # kept: the application lives as long as this run
    assert app is not None
    engine = make_voice("silent")
    engine.word_ms = 90  # the reading lasts well past the talking buttons' rest
    voice = ForwardingVoice()
    voice.attach(engine)
    window = MainWindow(library, voice, show_time_look_ms=10)
    window.showMaximized()
    window.activateWindow()
    report: dict[str, object] = {"said": engine.spoken, "heard": []}
    heard: list[str] = report["heard"]  # type: ignore[assignment]
    voice.word.connect(lambda _u, start, length: heard.append(engine.spoken[-1][start : start + length]))
    ready = wait_until(lambda: window.isActiveWindow() and window.piece_screen is not None, 10_000)
    assert window.piece_screen is not None
    button = window.piece_screen.findChild(QWidget, target)
    assert ready and button is not None and button.isVisible(), "the window did not come up"
    QCursor.setPos(button.mapToGlobal(button.rect().topLeft()) - button.rect().center())  # somewhere else
    watch = EnterWatch(button)
    centre = button.rect().center()
    QCursor.setPos(button.mapToGlobal(centre))  # the X server moves the pointer onto it
    report["arrived"] = wait_until(lambda: watch.entered, 2000)
    QTest.mousePress(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QTest.mouseRelease(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)

    def reading() -> bool:
        show = window.show_time_screen
        if show is not None:
            return show.reading
        screen = window.piece_screen
        return screen is not None and (screen.reading.reading_piece or screen.reading.read_aloud.reading)

    report["started"] = reading()
    report["finished"] = wait_until(lambda: not reading(), 20_000)
    show = window.show_time_screen
    report["show_time_page"] = None if show is None else show.index
    print(json.dumps(report), flush=True)
    window.close()
    engine.shutdown()
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
