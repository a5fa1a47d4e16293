"""One piece open for writing: its pages, one at a time, stored as the child types."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QVBoxLayout, QWidget

from nook.core.library import Library
from nook.ui.changes import LibraryEvents
from nook.ui.widgets import PictureButton

SAVE_DELAY_MS = 400  # under a second from the last key to stored


class PieceScreen(QWidget):
    """Writing on a piece's pages. There is no Save button: edits store themselves."""

    closed = Signal()
    show_time_wanted = Signal(str)

    def __init__(self, library: Library, events: LibraryEvents, piece_id: str, button_size: int = 64,
                 voice: object | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pieceScreen")
        self.setAccessibleName("Writing")
        self.library = library
        self.piece_id = piece_id
        self.pages = library.pages(piece_id)
        self.index = 0
        self._dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        top = QHBoxLayout()
        self.back_button = PictureButton("shelf", "My shelf", "backToShelf", button_size)
        self.back_button.clicked.connect(self.close_piece)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.previous_button = PictureButton("previous_page", "Page before", "previousPage", button_size)
        self.previous_button.clicked.connect(lambda: self.go_to(self.index - 1))
        top.addWidget(self.previous_button)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageNumber")
        self.page_label.setStyleSheet("font-size: 24px; color: #7a4b00; padding: 0 12px;")
        top.addWidget(self.page_label)
        self.next_button = PictureButton("next_page", "Next page", "nextPage", button_size)
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        top.addWidget(self.next_button)
        top.addStretch(1)
        self.finished_button = PictureButton("finished", "I'm finished!", "finishedButton", button_size)
        self.finished_button.setCheckable(True)
        self.finished_button.toggled.connect(self._set_finished)
        top.addWidget(self.finished_button)

        self.words = QTextEdit()
        self.words.setObjectName("pageWords")
        self.words.setAccessibleName("Your words")
        self.words.setAcceptRichText(False)
        self.words.setStyleSheet("font-size: 36px; background: white; border: 3px solid #f0d9a8; border-radius: 16px; padding: 12px;")
        self.words.textChanged.connect(self._on_typed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.words, 1)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=lambda: self.go_to(self.index + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self.go_to(self.index - 1))

        piece = library.piece(piece_id)
        self.finished_button.blockSignals(True)
        self.finished_button.setChecked(bool(piece and piece.finished))
        self.finished_button.blockSignals(False)
        self._show_page()

    def _show_page(self) -> None:
        page = self.pages[self.index]
        self.words.blockSignals(True)
        self.words.setPlainText(page.words)
        self.words.blockSignals(False)
        self.page_label.setText(f"{self.index + 1} / {len(self.pages)}")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.pages) - 1)

    def _on_typed(self) -> None:
        self._dirty = True
        self._save_timer.start()

    def flush(self) -> None:
        """Store what is on screen now (on a timer, page turn, leaving and closing)."""
        self._save_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        page = self.pages[self.index]
        text = self.words.toPlainText()
        self.library.update_page(page.id, words=text)
        self.pages[self.index] = type(page)(**{**page.__dict__, "words": text})

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.pages) or index == self.index:
            return
        self.flush()
        self.index = index
        self._show_page()

    def _set_finished(self, finished: bool) -> None:
        self.flush()
        self.library.set_finished(self.piece_id, finished)

    def close_piece(self) -> None:
        self.flush()
        self.closed.emit()
