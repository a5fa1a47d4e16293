"""Run by test_tip_takes_no_tap.py on a real X server (Xvfb, the xcb platform): a child
rests the pointer on their picture on "Who is writing?" (its name is said, its tool tip
comes up just under the pointer), then taps their picture a little lower, where the tip
now lies. The pointer and the tap are the X server's own (XTest), so the press goes to
whichever window is on top there, as a real mouse's or finger's does. Prints one JSON
line: whether the tip was under the tap, and whether the writer's shelf opened.

Usage: python tests/ui/xcb_tip_tap.py DATA_DIR
"""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from nook.core.library import Library
from nook.speech.forwarding import ForwardingVoice
from nook.ui.app import create_application
from nook.ui.main_window import MainWindow
from tests.on_x import wait_until


class XPointer:
    """The X server's own pointer, moved and pressed through the XTest extension."""

    def __init__(self) -> None:
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.xtst = ctypes.CDLL("libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self.xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.display = self.x11.XOpenDisplay(None)
        assert self.display, "no X display"

    def move(self, point: QPoint) -> None:
        self.xtst.XTestFakeMotionEvent(self.display, -1, point.x(), point.y(), 0)
        self.x11.XFlush(self.display)

    def tap(self, point: QPoint) -> None:
        """Arrive and press at once, as a child's quick tap does."""
        self.move(point)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 1, 0)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 0, 80)
        self.x11.XFlush(self.display)


def shown_tip() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.windowType() == Qt.WindowType.ToolTip and widget.isVisible():
            return widget
    return None


def main(data_dir: Path) -> int:
    library = Library.open(data_dir)
    sofia = library.add_writer("Sofía", "bear", language="es")
    library.add_writer("Tom", "cat", language="en")
    app = create_application([sys.argv[0]])  # kept: the application lives as long as this run
    assert app is not None
    window = MainWindow(library, ForwardingVoice())  # no last writer: "Who is writing?"
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    report: dict[str, object] = {}
    report["ready"] = wait_until(lambda: window.isActiveWindow() and window.writers_screen.isVisible(), 10_000)
    opened: list[str] = []
    window.writers_screen.writer_chosen.connect(opened.append)
    button = next(b for b in window.writers_screen.writer_buttons if b.objectName() == f"writer_{sofia.id}")
    pointer = XPointer()
    top = button.mapToGlobal(QPoint(button.width() // 2, button.height() // 4))
    pointer.move(top)  # the pointer rests on the picture
    report["tip"] = wait_until(lambda: shown_tip() is not None, 5_000)
    tip = shown_tip()
    area = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
    if tip is not None:
        area = area.intersected(tip.frameGeometry())
    report["tip_over_button"] = tip is not None and not area.isEmpty()
    pointer.tap(area.center())  # then taps the picture a little lower, under the tip
    report["opened"] = wait_until(lambda: opened == [sofia.id], 3_000)
    print(json.dumps(report), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
