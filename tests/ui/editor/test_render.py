"""The renderer: thumbnails, PDF with real text and vector strokes, the eraser's raster path."""

from __future__ import annotations

import time

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

from nook.core import picture as pic
from nook.ui.render import paint_page, render_page


def test_render_page_keeps_the_page_in_proportion(library, writer, nook_app):
    piece = library.new_piece(writer.id, "list")
    page = library.pages(piece.id)[1]
    image = render_page(library, page, QSize(400, 400))
    assert image.size() == QSize(400, 400)
    assert image.pixelColor(200, 10).alpha() == 0  # outside the 4:1 row: transparent
    assert image.pixelColor(390, 200).alpha() == 255


def test_a_typical_thumbnail_is_quick(library, writer, nook_app):
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    items = [
        pic.stroke("brush", "#ff0000", 18, [(100 + i * 10, 100 + (i % 7) * 20) for i in range(40)]) for _ in range(30)
    ]
    library.update_page(page.id, words="My cat", picture=pic.make_picture([*items, pic.sticker("cat", 800, 400, 300)]))
    page = library.page(page.id)
    render_page(library, page, QSize(240, 180))
    start = time.perf_counter()
    render_page(library, page, QSize(240, 180))
    assert time.perf_counter() - start < 1.0  # the benchmark prints the real figure; this catches a blow-up


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
    paint_page(painter, QRectF(painter.viewport()), library, library.page(page.id))
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
    image = render_page(library, library.page(page.id), QSize(1600, 1200))
    assert image.pixelColor(400, 400) == QColor("#0000ff")
    assert image.pixelColor(800, 400) == QColor("#ffffff")  # erased back to the paper


def test_a_grown_up_line_sits_under_the_childs_words(library, writer, nook_app, qtbot, open_piece):
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    library.update_page(page.id, words="I lik mi dog", extras={"grown_up_line": "I like my dog"})
    image = render_page(library, library.page(page.id), QSize(800, 600))
    # Grey letters in the bottom part of the words area, the child's words above.
    greys = [image.pixelColor(x, y) for x in range(30, 770) for y in range(540, 590)]
    assert any(c.red() == c.green() == c.blue() and c.red() < 200 for c in greys)
    screen = open_piece(piece.id)
    screen.go_to(1)
    edit = screen.current_view.edits["words"]
    assert edit.toPlainText() == "I lik mi dog"  # the child's words stay the child's
    assert screen.current_view.layout_spec.grown_up is not None
