"""The renderer: thumbnails, PDF with real text and vector strokes, the eraser's raster path."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

from nook.core import picture as pic
from nook.render import PageStyle, Pictures, draw_page, paint_page


def test_render_page_keeps_the_page_in_proportion(library, writer, nook_app):
    piece = library.new_piece(writer.id, "list")
    page = library.pages(piece.id)[1]
    image = draw_page(library, page, QSize(400, 400))
    assert image.size() == QSize(400, 400)
    assert image.pixelColor(200, 10).alpha() == 0  # outside the 4:1 row: transparent
    assert image.pixelColor(390, 200).alpha() == 255


def test_a_pdf_keeps_words_as_text(library, writer, nook_app, tmp_path):
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    library.update_page(
        page.id,
        words="Zebras",
        picture=pic.make_picture(
            [
                pic.stroke("brush", "#00ff00", 30, [(100, 100), (900, 600)]),
                pic.shape("star", "#ff0000", 8, 1000, 100, 1400, 500),
            ]
        ),
    )
    path = tmp_path / "page.pdf"
    writer_ = QPdfWriter(str(path))
    writer_.setResolution(150)
    writer_.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10)
        )
    )
    painter = QPainter(writer_)
    style = PageStyle.resolve(library, piece)
    paint_page(painter, QRectF(painter.viewport()), library.page(page.id), piece, style, Pictures(library.media))
    painter.end()
    data = path.read_bytes()
    assert b"/Font" in data  # words stay real text
    assert b"/Subtype /Image" not in data  # strokes and shapes stay vector, not pictures


def test_a_picture_with_the_eraser_is_flattened_but_sharp(library, writer, nook_app):
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    library.update_page(
        page.id,
        picture=pic.make_picture(
            [
                pic.stroke("brush", "#0000ff", 200, [(200, 400), (1400, 400)]),
                pic.stroke("eraser", "#000000", 100, [(800, 200), (800, 600)]),
            ]
        ),
    )
    image = draw_page(library, library.page(page.id), QSize(1600, 1200))
    assert image.pixelColor(400, 400) == QColor("#0000ff")
    assert image.pixelColor(800, 400) == QColor("#ffffff")  # erased back to the paper
