"""The editor made ready while the child looks at the shelf.

The first piece opened after the start used to wait for what every later one finds
ready: the editor's modules (about 60), the sticker names in the writer's language,
the colour blobs and the controls' pictures drawn at the button size. A child's first
tap on a cover is a child action like any other (budget 100 ms), so these are done
beforehand, once the first screen is painted (never before: the start is what a child
waits for first), a small step on each turn of the event loop, so a tap meanwhile is
answered between two steps.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QTimer, Signal

if TYPE_CHECKING:
    from nook.ui.main_window import MainWindow

# Imported one by one, the heaviest first (each imports what it needs).
MODULES = (
    "nook.ui.editor.piece",
    "nook.ui.editor.page_view",
    "nook.ui.editor.grown_up_line",
    "nook.ui.editor.my_voice",
    "nook.ui.editor.kinds",
    "nook.ui.editor.picture_actions",
    "nook.ui.editor.piece_screen",
)

# The pictures of the editor's own controls (the tools' and sizes' are added from tools.py).
CONTROL_ICONS = (
    "shelf",
    "read_aloud",
    "stop",
    "microphone",
    "word_wall",
    "words_look",
    "undo",
    "redo",
    "show_time",
    "finished",
    "previous_page",
    "next_page",
    "photo",
    "clear_page",
    "add_page",
    "duplicate",
    "remove_page",
    "move_left",
    "move_right",
    "add_item",
    "envelope",
    "text_smaller",
    "text_bigger",
    "grown_up",
    "lock",
    "ok",
)
# Controls an opened piece shows greyed (nothing to undo yet, a first or only page): Qt
# draws that look from the SVG through its own icon plugin, loaded the first time.
GREYED_AT_OPEN = ("previous_page", "next_page", "undo", "redo")
ICONS_A_STEP = 8


class EditorWarmUp(QObject):
    """Runs the steps on the event loop's turns; `done` when all have run."""

    done = Signal()

    def __init__(self, button_size: int, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.button_size = button_size
        self.language = language
        self.finished = False
        self._steps: list[Callable[[], None]] = [self._importer(name) for name in MODULES]
        self._steps += [self._stickers, self._colours, self._first_boxes, self._greyed, self._icons]
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        self._timer.start()

    def _next(self) -> None:
        if not self._steps:
            self._timer.stop()
            self.finished = True
            self.done.emit()
            return
        self._steps.pop(0)()

    def _stickers(self) -> None:
        from nook.core import language_data

        language_data.sticker_catalogue(self.language)

    def _colours(self) -> None:
        from nook.ui.editor.tools import COLOURS, WORDS_COLOURS, colour_icon

        inner = self._inner()
        for _name, colour in (*COLOURS, *WORDS_COLOURS):
            colour_icon(colour, 96).pixmap(QSize(inner, inner))  # (kept at the size shown)

    def _greyed(self) -> None:
        from PySide6.QtGui import QIcon

        from nook.ui.kit.icons import icon

        inner = self._inner()
        for name in GREYED_AT_OPEN:
            icon(name).pixmap(QSize(inner, inner), QIcon.Mode.Disabled)

    def _inner(self) -> int:
        return max(24, int(self.button_size * 0.72))  # as PictureButton sizes its picture

    @staticmethod
    def _first_boxes() -> None:
        """What Qt does for the first words box and line box of the run (the page's
        words, the grown-up's line with its clear button): done once, for boxes never shown."""
        from PySide6.QtWidgets import QLineEdit, QTextEdit

        from nook.ui.kit import theme

        words = QTextEdit()
        words.setStyleSheet(theme.WORDS_BOX)
        line = QLineEdit()
        line.setClearButtonEnabled(True)
        words.deleteLater()
        line.deleteLater()

    @staticmethod
    def _importer(name: str) -> Callable[[], None]:
        def step() -> None:
            importlib.import_module(name)

        return step

    def _icons(self) -> None:
        """The pictures are drawn a few at a time, in steps of their own."""
        from nook.ui.editor.tools import SIZES, TOOLS

        names = [*CONTROL_ICONS, *(name for _tool, name in TOOLS), *(name for _size, name, _width in SIZES)]
        for start in range(0, len(names), ICONS_A_STEP):
            self._steps.append(partial(self._draw_icons, names[start : start + ICONS_A_STEP]))

    def _draw_icons(self, names: list[str]) -> None:
        """Each picture drawn at the size a button shows it (Qt keeps it for the button)."""
        from nook.ui.kit.icons import icon

        inner = self._inner()
        for name in names:
            try:
                icon(name).pixmap(QSize(inner, inner))
            except KeyError:  # a name the pictures no longer have: nothing to make ready
                continue


def warm_up_editor(window: MainWindow) -> EditorWarmUp:
    """Start making the editor ready for the window's writer (their button size and
    language); the app calls this once its first screen is ready."""
    from nook.ui.kit import fit

    library, writer_id = window.library, window.writer_id
    size = fit.button_size_within(int(library.setting("button_size", writer_id)), window.screen_area)
    warm = EditorWarmUp(size, str(library.setting("language", writer_id)), window)
    warm.start()
    return warm
