"""A fixed library holding every kind of page the renderer draws, for the render tests.

Every page kind and role, every sign look, photos, stickers, every shape, a fill, the
eraser, big and shrinking words, a grown-up line, capitals and a second font. Built the
same way each time, so two renderers can be compared pixel for pixel.
"""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageDraw

from nook.core import picture as pic
from nook.core.library import Library
from nook.core.models import Page, Piece


@functools.cache
def photo_bytes(colour: tuple[int, int, int], size: tuple[int, int] = (1200, 900)) -> bytes:
    """A photo's PNG file, the same bytes for the same colour and size (encoded once in a
    run: ~30 ms a time, and every sample library puts the same photos in)."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4), fill=(20, 60, 200))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@functools.cache
def mask_bytes(size: tuple[int, int] = (300, 200)) -> bytes:
    image = Image.new("L", size, 0)
    ImageDraw.Draw(image).ellipse((10, 10, size[0] - 10, size[1] - 10), fill=255)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def busy_picture(library: Library, colour: tuple[int, int, int] = (240, 120, 40)) -> list[dict]:
    digest = library.put_media(photo_bytes(colour), "image/png", 1200, 900)
    mask = library.put_media(mask_bytes(), "image/png", 300, 200)
    return [
        pic.stroke("brush", "#e03131", 24, [(100, 100), (600, 500), (900, 200)]),
        pic.stroke("brush", "#2f9e44", 40, [(300, 700)]),
        pic.shape("line", "#1971c2", 12, 100, 750, 700, 600),
        pic.shape("rectangle", "#f08c00", 10, 1000, 80, 1200, 250),
        pic.shape("circle", "#7048e8", 10, 1250, 80, 1450, 250),
        pic.shape("star", "#fab005", 8, 1000, 500, 1200, 700),
        pic.shape("heart", "#d6336c", 10, 1300, 500, 1500, 700),
        pic.sticker("cat", 1200, 330, 300, 10),
        pic.photo(digest, 450, 420, 500, 375, 15),
        pic.fill("#12b886", mask, 650, 560, 300, 200),
    ]


def sample_pages(library: Library) -> list[tuple[str, Page, Piece]]:
    """(name, page, piece) for every page of the fixed library, in a fixed order."""
    maya = library.add_writer("Maya", "fox")
    sam = library.add_writer("Sam", "owl", colour="#c92a2a")
    library.set_setting("all_caps", True, sam.id)
    library.set_setting("font", "opendyslexic", sam.id)
    library.set_setting("text_size", 60, sam.id)

    book = library.new_piece(maya.id, "book")
    cover, first = library.pages(book.id)
    library.update_page(cover.id, words="My cat Tom", picture=pic.make_picture(busy_picture(library, (10, 90, 200))))
    library.update_page(first.id, words="Tom sleps on my bed", picture=pic.make_picture(busy_picture(library)))
    library.add_page(
        book.id,
        words="mañana we go to the park and we play on the big slide all day long",
        extras={"grown_up_line": "Tomorrow we go to the park", "text_size": 120},
    )
    eraser = [
        pic.stroke("brush", "#0000ff", 200, [(200, 400), (1400, 400)]),
        pic.stroke("eraser", "#000000", 100, [(800, 200), (800, 600)]),
    ]
    library.add_page(book.id, words="gone", picture=pic.make_picture(eraser))
    library.add_page(book.id, words="")

    big = library.new_piece(sam.id, "book")
    sam_cover, sam_page = library.pages(big.id)
    library.update_page(sam_cover.id, words="Dinosaurs")
    library.update_page(sam_page.id, words="A T rex is big " * 12, extras={"grown_up_line": "A T. rex is big"})

    signs = []
    for look in ("", "warning", "stop", "welcome", "celebration"):
        sign = library.new_piece(maya.id if look != "stop" else sam.id, "sign", look=look)
        page = library.pages(sign.id)[0]
        extras = {"grown_up_line": "Keep out"} if look == "stop" else {}
        library.update_page(
            page.id, words=f"{look or 'plain'} KEEP OUT", picture=pic.make_picture(busy_picture(library)), extras=extras
        )
        signs.append(sign)

    shopping = library.new_piece(maya.id, "list")
    title, item = library.pages(shopping.id)
    library.update_page(title.id, words="Things I need")
    library.update_page(item.id, words="a red kite", extras={"ticked": True})
    library.add_page(
        shopping.id,
        role="item",
        words="glue",
        extras={"ticked": False},
        picture=pic.make_picture([pic.sticker("cat", 1380, 200, 300)]),
    )

    letter = library.new_piece(maya.id, "letter")
    library.add_page(letter.id, role="envelope", picture=pic.make_picture([pic.sticker("cat", 1400, 220, 250)]))
    for page in library.pages(letter.id):
        if page.role == "letter":
            library.update_page(
                page.id,
                words="I miss you. Come and see my cat.",
                extras={"greeting": "Dear Grandma", "closing": "Love from Maya"},
                picture=pic.make_picture(busy_picture(library)),
            )
        else:
            library.update_page(page.id, extras={"from": "Maya, 4 Elm St", "to": "Grandma Rose, 9 Oak Road"})

    out: list[tuple[str, Page, Piece]] = []
    for piece in (book, big, *signs, shopping, letter):
        fresh = library.piece(piece.id)
        assert fresh is not None
        for number, page in enumerate(library.pages(piece.id)):
            name = f"{fresh.kind}-{fresh.look or 'plain'}-{'sam' if fresh.writer_id == sam.id else 'maya'}"
            out.append((f"{name}-{number}-{page.role}", page, fresh))
    return out
