"""A cover on the shelf shows a speaker when a page of the piece has my voice."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from nook.core.shelf import ShelfRow
from nook.ui.shelf.delegate import CoverDelegate


def paint(delegate: CoverDelegate, row: ShelfRow) -> QImage:
    size = delegate.cell_size()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, size.width(), size.height())

    class Index:
        def data(self, _role: int) -> ShelfRow:
            return row

    painter = QPainter(image)
    delegate.paint(painter, option, Index())  # type: ignore[arg-type]
    painter.end()
    return image


def test_a_cover_with_a_voice_shows_a_speaker(nook_app) -> None:
    class NoCovers:
        """Covers not drawn yet (the shelf shows the kind's picture meanwhile)."""

        def set_size(self, *_args: object) -> None:
            pass

        def cover(self, _row: ShelfRow) -> None:
            return None

    delegate = CoverDelegate(NoCovers(), 64)  # type: ignore[arg-type]
    row = ShelfRow("p1", "w1", "book", "My dog", False, False, "2026-01-01")
    assert paint(delegate, replace(row, has_voice=True)) != paint(delegate, row)
