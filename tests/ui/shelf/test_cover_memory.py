"""Covers stay small: photos decoded at cover size, covers kept within a byte budget."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QSize

from nook.core import picture as pic
from nook.core.library import Library
from nook.core.shelf import ShelfRow, shelf_rows
from nook.render import PageStyle, Pictures, render_page
from nook.render.pictures import decode
from nook.ui.shelf.thumbnails import ThumbnailCache


def jpeg(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=90)
    return out.getvalue()


def test_a_photo_is_decoded_no_larger_than_asked_and_whole_when_not_asked() -> None:
    data = jpeg((2048, 1536), (200, 40, 40))
    assert decode(data).size() == QSize(2048, 1536)
    small = decode(data, 300)
    assert small.size() == QSize(300, 225)
    assert small.pixelColor(150, 110).red() > 180  # still the photo
    assert decode(data, 4000).size() == QSize(2048, 1536)  # never enlarged
    assert decode(b"not a picture", 300).isNull()


def test_a_photo_cover_from_a_small_decode_looks_like_one_from_the_whole_photo(library: Library, writer, nook_app):
    digest = library.put_media(jpeg((2048, 1536), (30, 160, 60)), "image/jpeg", 2048, 1536)
    piece = library.new_piece(writer.id, "book")
    cover = library.pages(piece.id)[0]
    library.update_page(cover.id, words="Our trip", picture=pic.make_picture([pic.photo(digest, 800, 780, 1200, 700)]))
    page = library.page(cover.id)
    style = PageStyle.resolve(library, piece)
    size = QSize(240, 300)
    small = Pictures(library.media, longest_side=300)
    whole = render_page(page, piece, style, Pictures(library.media), size)
    fitted = render_page(page, piece, style, small, size)
    (kept,) = small.images._entries.values()
    assert max(kept.width(), kept.height()) <= 300
    centre = whole.pixelColor(120, 190)
    assert centre.green() > 140 and centre.red() < 60  # the photo is there
    differences = [
        abs(whole.pixelColor(x, y).green() - fitted.pixelColor(x, y).green())
        for x in range(0, 240, 4)
        for y in range(0, 300, 4)
    ]
    assert max(differences) <= 16


def rows(library: Library, writer_id: str) -> list[ShelfRow]:
    return shelf_rows(library, writer_id)


def test_the_shelfs_covers_stay_within_their_byte_budget(library: Library, writer, nook_app) -> None:
    for n in range(12):
        piece = library.new_piece(writer.id, "sign")
        library.update_page(library.pages(piece.id)[0].id, words=f"sign {n}")
    size = QSize(120, 150)
    one_cover = 120 * 150 * 4
    covers = ThumbnailCache(library, size, cover_bytes=5 * one_cover, keep_after_ms=0)
    assert covers.pictures.longest_side == 150  # photos on covers are decoded at cover size
    for row in rows(library, writer.id):
        covers.cover(row)  # asked for: drawn between events
    while covers.pending() or covers.unkept():  # drawn, then kept on disk
        covers._work()
    assert covers.drawn == 12
    assert covers._covers.weight <= 5 * one_cover and len(covers._covers) == 5
    # The newest asked for is drawn first; the five drawn last stay, the first drawn went
    # from memory: it is read back from the covers kept on disk, not drawn again.
    shelf = rows(library, writer.id)
    assert covers.cover(shelf[0]) is not None and covers.pending() == 0 and covers.store.read == 0
    assert covers.cover(shelf[-1]) is not None and covers.pending() == 0 and covers.store.read == 1
    assert covers.drawn == 12 and covers._covers.weight <= 5 * one_cover


def test_a_busy_cover_is_drawn_a_slice_per_turn_and_looks_like_one_drawn_whole(
    library: Library, writer, nook_app
) -> None:
    piece = library.new_piece(writer.id, "book")
    cover = library.pages(piece.id)[0]
    strokes = [
        pic.stroke(
            "brush", "#1d4ed8", 30, [(100 + n % 50 * 28, 450 + n // 50 * 15), (130 + n % 50 * 28, 470 + n // 50 * 15)]
        )
        for n in range(2000)
    ]
    library.update_page(cover.id, words="Lines", picture=pic.make_picture(strokes))
    (row,) = rows(library, writer.id)
    covers = ThumbnailCache(library, QSize(240, 300))
    assert covers.cover(row) is None
    turns = 0
    while covers.pending():
        covers._work()
        turns += 1
    assert turns > 2  # the picture took several turns of the event loop, not one
    drawn = covers.cover(row)
    whole = covers.draw(row)
    assert drawn is not None and covers.drawn == 1
    assert drawn.size() == whole.size()
    differences = [
        abs(drawn.pixelColor(x, y).blue() - whole.pixelColor(x, y).blue())
        for x in range(0, 240, 3)
        for y in range(0, 300, 3)
    ]
    assert max(differences) < 64 and sum(differences) / len(differences) < 4
    blue = [c for x in range(240) for y in range(300) if (c := drawn.pixelColor(x, y)).blue() > c.red() + 80]
    assert len(blue) > 240 * 300 // 20  # the strokes are there
