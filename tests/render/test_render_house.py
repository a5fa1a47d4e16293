"""The renderer as its own layer: no widgets, no library reads while painting, a style
resolved once per piece, and caches that stay bounded."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from render_samples import photo_bytes, sample_pages

from nook.core import picture as pic
from nook.core.library import Library
from nook.render import PageStyle, Pictures, paint_page, render_page

ROOT = Path(__file__).resolve().parents[2]


def test_the_renderer_pulls_in_no_widgets() -> None:
    code = "import sys, nook.render; print('PySide6.QtWidgets' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr


@contextmanager
def statements(library: Library) -> Iterator[list[str]]:
    """Every SQL statement the library's connection runs inside the block."""
    seen: list[str] = []
    connection = library.db.conn
    connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        connection.set_trace_callback(None)


def paint_into_image(page, piece, style: PageStyle, pictures: Pictures) -> QImage:
    image = QImage(QSize(800, 600), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    paint_page(painter, QRectF(0, 0, 800, 600), page, piece, style, pictures)
    painter.end()
    return image


def test_painting_a_page_asks_the_library_nothing_but_a_new_pictures_bytes(library: Library, nook_app) -> None:
    samples = sample_pages(library)
    styles = {piece.id: PageStyle.resolve(library, piece) for _name, _page, piece in samples}
    pictures = Pictures(library.media)
    images = {d for _n, page, _p in samples for d in pic.media_hashes(page.picture)}
    assert len(images) >= 3  # two photos and a fill's mask are among the samples
    with statements(library) as first:
        for _name, page, piece in samples:
            paint_into_image(page, piece, styles[piece.id], pictures)
    # No settings, writers, pieces or pages: only each image's bytes, once.
    assert all(s.startswith("SELECT data FROM media") for s in first), first
    assert len(first) == len(images)
    with statements(library) as again:
        for _name, page, piece in samples:
            paint_into_image(page, piece, styles[piece.id], pictures)
    assert again == []


def test_a_page_without_pictures_is_painted_without_a_single_read(library: Library, writer, nook_app) -> None:
    piece = library.new_piece(writer.id, "sign", look="warning")
    page_id = library.pages(piece.id)[0].id
    library.update_page(page_id, words="KEEP OUT", extras={"grown_up_line": "keep out"})
    page = library.page(page_id)
    style = PageStyle.resolve(library, piece)
    with statements(library) as seen:
        image = render_page(page, piece, style, Pictures(library.media), QSize(400, 300))
    assert seen == []
    assert image.pixelColor(200, 150) != image.pixelColor(0, 0)  # something was drawn


def test_the_style_is_read_once_and_a_new_one_brings_a_changed_setting(library: Library, writer, nook_app) -> None:
    piece = library.new_piece(writer.id, "sign")
    page_id = library.pages(piece.id)[0].id
    library.update_page(page_id, words="hello")
    page = library.page(page_id)
    pictures = Pictures(library.media)
    style = PageStyle.resolve(library, piece)
    before = render_page(page, piece, style, pictures, QSize(400, 300))
    library.set_setting("all_caps", True, writer.id)
    assert render_page(page, piece, style, pictures, QSize(400, 300)) == before  # the old style stays old
    fresh = PageStyle.resolve(library, piece)
    assert fresh.all_caps and not style.all_caps
    assert render_page(page, piece, fresh, pictures, QSize(400, 300)) != before


def test_every_sample_page_paints_the_same_from_fresh_and_from_warm_caches(library: Library, nook_app) -> None:
    warm = Pictures(library.media)
    for name, page, piece in sample_pages(library):
        style = PageStyle.resolve(library, piece)
        first = render_page(page, piece, style, warm, QSize(480, 360))
        again = render_page(page, piece, style, warm, QSize(480, 360))
        fresh = render_page(page, piece, PageStyle.resolve(library, piece), Pictures(library.media), QSize(480, 360))
        assert first == again == fresh, name


def test_decoded_images_stay_within_their_byte_budget(library: Library, writer, nook_app) -> None:
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    digests = [library.put_media(photo_bytes((i * 40, 90, 200), (600, 400)), "image/png", 600, 400) for i in range(5)]
    one_photo = 600 * 400 * 4
    pictures = Pictures(library.media, image_bytes=2 * one_photo)
    style = PageStyle.resolve(library, piece)
    for digest in digests:
        library.update_page(page.id, picture=pic.make_picture([pic.photo(digest, 800, 400, 600, 400)]))
        page = library.page(page.id)
        render_page(page, piece, style, pictures, QSize(160, 120))
        assert pictures.images.weight <= 2 * one_photo
    assert len(pictures.images) == 2  # the two drawn last
    assert pictures.photo(digests[-1]) is not None and len(pictures.images) == 2


def test_pictures_as_drawn_decode_a_photo_at_the_size_drawn_and_again_when_drawn_bigger(
    library: Library, writer, nook_app
) -> None:
    """The editor's pictures: a photo is decoded at about the size it is drawn (a 2048 px
    photo decoded whole was most of opening its page), again bigger when drawn bigger,
    and looks as the whole photo drawn there does."""
    piece = library.new_piece(writer.id, "book")
    page = library.pages(piece.id)[1]
    digest = library.put_media(photo_bytes((200, 90, 40), (1600, 1200)), "image/png", 1600, 400)
    library.update_page(page.id, picture=pic.make_picture([pic.photo(digest, 800, 400, 800, 600)]))
    page = library.page(page.id)
    style = PageStyle.resolve(library, piece)
    reads: list[str] = []

    def media(wanted: str) -> bytes | None:
        reads.append(wanted)
        return library.media(wanted)

    pictures = Pictures(media, as_drawn=True)
    small = render_page(page, piece, style, pictures, QSize(320, 240))
    (kept,) = pictures.images._entries.values()
    assert kept.width() <= 320 and reads == [digest]
    whole = render_page(page, piece, style, Pictures(library.media), QSize(320, 240))
    points = [(x, y) for x in range(0, 320, 8) for y in range(0, 240, 8)]
    differences = [abs(small.pixelColor(x, y).red() - whole.pixelColor(x, y).red()) for x, y in points]
    assert sum(differences) / len(differences) < 2  # the same picture
    render_page(page, piece, style, pictures, QSize(320, 240))
    assert reads == [digest]  # drawn at that size again: decoded once
    render_page(page, piece, style, pictures, QSize(1280, 960))
    (kept,) = pictures.images._entries.values()
    assert kept.width() > 500 and reads == [digest, digest]  # drawn bigger: decoded bigger
    render_page(page, piece, style, pictures, QSize(320, 240))
    assert reads == [digest, digest]  # the bigger one draws it smaller too


def test_a_fills_mask_is_its_colour_inside_and_clear_outside_as_stored_and_shrunk(nook_app) -> None:
    from nook.core import images

    width, height = 40, 30
    region = bytearray(width * height)
    for y in range(5, 25):
        region[y * width + 5 : y * width + 35] = b"\x01" * 30  # a 30 x 20 block
    png, box = images.mask_png(region, width, height, (5, 5, 30, 20), grow=0)
    assert box == (5, 5, 30, 20)
    for longest in (None, 15):  # as the editor decodes it, and as a cover does (smaller)
        fill = Pictures(lambda _digest: png, longest_side=longest).fill("mask", "#12b886")
        assert fill is not None and fill.format() == QImage.Format.Format_ARGB32_Premultiplied
        middle = fill.pixelColor(fill.width() // 2, fill.height() // 2)
        assert (middle.name(), middle.alpha()) == ("#12b886", 255)
    whole = Pictures(lambda _digest: png).fill("mask", "#12b886")
    assert whole is not None and whole.size() == QSize(30, 20)
    holed = bytearray(region)
    holed[15 * width + 20] = 0  # one pixel left out: clear in the fill
    png, _box = images.mask_png(holed, width, height, (5, 5, 30, 20), grow=0)
    holey = Pictures(lambda _digest: png).fill("mask", "#e63946")
    assert holey is not None and holey.pixelColor(15, 10).alpha() == 0 and holey.pixelColor(14, 10).alpha() == 255
