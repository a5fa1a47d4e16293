"""Each page of a piece as a PNG picture, for a grown-up to send or post."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from nook.core.library import Library
from nook.core.safe_files import temporary_beside
from nook.export.problems import NO_PICTURE
from nook.export.selection import page_words_language
from nook.export.sheets import page_aspect
from nook.i18n import phrases_in
from nook.render import PageStyle, Pictures, paint_page

PNG_WIDTH = 1600  # one pixel per page unit: as sharp as the editor's own page


def page_image(library: Library, page_id: str, width: int = PNG_WIDTH, pictures: Pictures | None = None) -> QImage:
    """One page drawn on white at `width` pixels across."""
    page = library.page(page_id)
    if page is None:
        raise KeyError(page_id)
    piece = library.piece(page.piece_id)
    assert piece is not None
    height = max(1, round(width / page_aspect(piece, page)))
    image = QImage(QSize(width, height), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    pictures = pictures or Pictures(library.media)
    paint_page(painter, QRectF(0, 0, width, height), page, piece, PageStyle.resolve(library, piece), pictures)
    painter.end()
    return image


def file_stem(title: str, fallback: str) -> str:
    """A safe, readable file name from a piece's title ("My cat Tom" -> "My-cat-Tom")."""
    stem = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-_")[:40]
    return stem or fallback


def export_pngs(library: Library, piece_id: str, folder: Path | str, width: int = PNG_WIDTH) -> list[Path]:
    """Write every page as `<title>-<n>.png` into `folder` (each written safely)."""
    piece = library.piece(piece_id)
    if piece is None:
        raise KeyError(piece_id)
    folder = Path(folder)
    stem = file_stem(piece.title, piece.kind)
    written = []
    pictures = Pictures(library.media)  # a photo on several pages is decoded once
    for number, page in enumerate(library.pages(piece_id), start=1):
        # Worded (a cover's by-line) in the page's language, whatever the screen speaks.
        with phrases_in(page_words_language(library, piece_id, page.extras)):
            image = page_image(library, page.id, width, pictures)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload] # the binding refuses bytes
            raise OSError(NO_PICTURE)
        buffer.close()
        target = folder / f"{stem}-{number:02d}.png"
        with temporary_beside(target) as temp:
            temp.write_bytes(data.data())
        written.append(target)
    return written
