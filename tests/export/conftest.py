"""A finished book with real pictures (strokes, shapes, stickers, photos)."""

from __future__ import annotations

import pytest
from export_helpers import picture_with_everything

from nook.core.library import Library


@pytest.fixture
def book(library: Library, writer, nook_app):
    """A finished book: a cover and three pages, each with words and a picture."""
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="My cat Tom", picture=picture_with_everything(library, (10, 90, 200)))
    library.update_page(first.id, words="Tom sleps on my bed", picture=picture_with_everything(library))
    library.add_page(piece.id, words="He is my best buddy", picture=picture_with_everything(library, (30, 160, 60)))
    library.add_page(piece.id, words="mañana we go to the park", extras={"grown_up_line": "Tomorrow"})
    library.set_finished(piece.id)
    return library.piece(piece.id)
