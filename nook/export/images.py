"""Each page of a piece as a PNG picture, for a grown-up to send or post."""

from __future__ import annotations

import re
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from nook.core.library import Library
from nook.core.safe_files import temporary_beside
from nook.export.problems import NO_PICTURE
from nook.export.selection import page_words_language
from nook.export.sheets import page_aspect
from nook.export.talking_book import Cancelled, Job
from nook.i18n import phrases_in
from nook.render import PageStyle, Pictures, paint_page

PNG_WIDTH = 1600  # one pixel per page unit: as sharp as the editor's own page
ENCODERS = 2  # threads encoding and writing pages while the next one is drawn


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


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload] # the binding refuses bytes
        raise OSError(NO_PICTURE)
    buffer.close()
    return bytes(data.data())


def _write_png(image: QImage, target: Path) -> Path:
    data = _png_bytes(image)
    with temporary_beside(target) as temp:
        temp.write_bytes(data)
    return target


def export_pngs(
    library: Library, piece_id: str, folder: Path | str, width: int = PNG_WIDTH, job: Job | None = None
) -> list[Path]:
    """Write every page as `<title>-<n>.png` into `folder` (each written safely).

    Pages are drawn here, one after another, and encoded and written by two more
    threads meanwhile (encoding, ~60 % of the work, lets go of the interpreter): the
    cores share the work, and no more than three pages are held at once. `job` hears
    each page written, in order, and may stop the export there (pages written stay).
    """
    piece = library.piece(piece_id)
    if piece is None:
        raise KeyError(piece_id)
    folder = Path(folder)
    stem = file_stem(piece.title, piece.kind)
    pages = library.pages(piece_id)
    if job is not None:
        job.total = len(pages)
    written: list[Path] = []
    pictures = Pictures(library.media)  # a photo on several pages is decoded once
    with ThreadPoolExecutor(max_workers=ENCODERS, thread_name_prefix="png") as encoders:
        # Stopped or failed part-way, leaving the block waits for the pages being written.
        writing: deque[Future[Path]] = deque()
        for number, page in enumerate(pages, start=1):
            if job is not None and job.cancelled is not None and job.cancelled():
                raise Cancelled()  # stopped: no more pages drawn (those being written finish)
            # Worded (a cover's by-line) in the page's language, whatever the screen speaks;
            # drawn here: the library and the phrases belong to this thread.
            with phrases_in(page_words_language(library, piece_id, page.extras)):
                image = page_image(library, page.id, width, pictures)
            if len(writing) == ENCODERS:
                _written(writing.popleft(), written, job)
            writing.append(encoders.submit(_write_png, image, folder / f"{stem}-{number:02d}.png"))
        while writing:
            _written(writing.popleft(), written, job)
    return written


def _written(writing: Future[Path], written: list[Path], job: Job | None) -> None:
    written.append(writing.result())
    if job is not None:
        job.step()  # the bar moves on; a stop asked for stops here
