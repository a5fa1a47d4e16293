"""Which writers and pieces an export takes: by name or id, finished only, a date range.
Errors say plainly what was not found, in the language installed (`nook export`'s)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from nook.core.library import Library
from nook.core.models import Piece, Writer
from nook.core.page_language import page_language, piece_language
from nook.core.piece_text import page_text
from nook.i18n import translate


class SelectionError(Exception):
    """Nothing (or not one thing) matches what was asked for; str() says what."""


@dataclass(frozen=True)
class WriterPieces:
    writer: Writer
    pieces: tuple[Piece, ...]


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_writer(library: Library, name_or_id: str) -> Writer:
    """The writer with this id, or else this name (any case)."""
    writers = library.writers(include_archived=True)
    for writer in writers:
        if writer.id == name_or_id:
            return writer
    named = [w for w in writers if _plain(w.name) == _plain(name_or_id)]
    if len(named) == 1:
        return named[0]
    if named:
        ids = ", ".join(w.id for w in named)
        raise SelectionError(
            translate("ExportCommand", "more than one writer is called '{name}'; use one of their ids: {ids}").format(
                name=name_or_id, ids=ids
            )
        )
    if not writers:
        raise SelectionError(
            translate("ExportCommand", "there is no writer called '{name}' (there are no writers yet)").format(
                name=name_or_id
            )
        )
    known = ", ".join(w.name or w.id for w in writers)
    raise SelectionError(
        translate("ExportCommand", "there is no writer called '{name}' (writers: {names})").format(
            name=name_or_id, names=known
        )
    )


def find_piece(library: Library, writer: Writer, title_or_id: str) -> Piece:
    """One of the writer's pieces (not in the trash) by id, or else by title (any case)."""
    pieces = library.pieces(writer.id)
    for piece in pieces:
        if piece.id == title_or_id:
            return piece
    titled = [p for p in pieces if _plain(p.title) == _plain(title_or_id)]
    if len(titled) == 1:
        return titled[0]
    if titled:
        ids = ", ".join(p.id for p in titled)
        raise SelectionError(
            translate("ExportCommand", "{name} has more than one piece called '{title}'; use an id: {ids}").format(
                name=writer.name or writer.id, title=title_or_id, ids=ids
            )
        )
    raise SelectionError(
        translate("ExportCommand", "{name} has no piece called '{title}'").format(
            name=writer.name or writer.id, title=title_or_id
        )
    )


def writer_language(library: Library, writer_id: str | None) -> str:
    return str(library.setting("language", writer_id) or "en")


def words_language(library: Library, piece_id: str) -> str:
    """The language a piece's words are in: the writer's, or the other one when every
    page with words is marked as it. A file made of the piece is worded in it too."""
    piece = library.piece(piece_id)
    language = writer_language(library, piece.writer_id if piece else None)
    pages = [p.extras for p in library.pages(piece_id) if page_text(p.words, p.extras, grown_up=False)]
    return piece_language(pages, language)


def page_words_language(library: Library, piece_id: str, extras: dict[str, Any]) -> str:
    """The language one page's words are in (its mark, else the writer's)."""
    piece = library.piece(piece_id)
    return page_language(extras, writer_language(library, piece.writer_id if piece else None))


def in_range(piece: Piece, since: date | None, until: date | None) -> bool:
    """Whether the piece was started within the dates (both ends included)."""
    started = date.fromisoformat(piece.created[:10])
    return (since is None or started >= since) and (until is None or started <= until)


def gather(
    library: Library,
    writers: Sequence[Writer] | None = None,
    finished_only: bool = False,
    since: date | None = None,
    until: date | None = None,
) -> list[WriterPieces]:
    """Each writer's pieces for a book, oldest first, writers in the shelf's order;
    writers with nothing chosen are left out."""
    chosen = list(writers) if writers is not None else library.writers()
    groups = []
    for writer in chosen:
        pieces = [
            p for p in library.pieces(writer.id, finished=True if finished_only else None) if in_range(p, since, until)
        ]
        pieces.sort(key=lambda p: (p.created, p.id))
        if pieces:
            groups.append(WriterPieces(writer, tuple(pieces)))
    return groups
