"""Growth: how a writer changes over months, from what is on their shelf. No Qt.

Counts come from the words the child typed (not the grown-up line, which is a
grown-up's spelling). A "new word" is a word the writer had never typed in any earlier
piece; spelling is the child's own, so "frend" and "friend" are two words, as they are
two stages of a writer.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from nook.core.library import Library
from nook.core.models import Piece
from nook.core.piece_text import page_text

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])\Z", re.ASCII)  # "2026-03"


def words_in(text: str) -> list[str]:
    """The words in `text`, lower-cased, apostrophes and hyphens kept inside words.

    Composed first (NFC): an "ñ" or "á" typed as a letter plus a combining mark would
    otherwise split "niño" into "nin" and "o" (a combining mark is not a word character)."""
    composed = unicodedata.normalize("NFC", text)
    return [unicodedata.normalize("NFC", match.group(0).casefold()) for match in WORD.finditer(composed)]


@dataclass
class Month:
    month: str  # "2026-11"
    pieces: int = 0
    finished: int = 0
    words: int = 0
    new_words: list[str] = field(default_factory=list)


@dataclass
class Growth:
    writer_id: str
    months: list[Month]
    total_pieces: int
    total_words: int
    different_words: int
    kinds: dict[str, int]
    first_piece: Piece | None
    latest_piece: Piece | None
    longest_piece: Piece | None
    longest_words: int


def child_words(library: Library, piece: Piece) -> list[str]:
    """Every word the child typed on a piece, in page order."""
    return _words_of([(page.words, page.extras) for page in library.pages(piece.id)])


def _words_of(pages: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """The child's words on pages given as (words, extras), in order."""
    found: list[str] = []
    for words, extras in pages:
        for part in page_text(words, extras, grown_up=False):
            found.extend(words_in(part))
    return found


def growth(library: Library, writer_id: str) -> Growth:
    """A writer's growth over time; trashed pieces are left out."""
    pieces = sorted(library.pieces(writer_id), key=lambda p: p.created)
    months: dict[str, Month] = {}
    seen: set[str] = set()
    kinds: Counter[str] = Counter()
    total_words = 0
    longest: tuple[int, Piece | None] = (0, None)
    texts = library.page_texts(writer_id)  # every piece's pages in one read
    for piece in pieces:
        words = _words_of(texts.get(piece.id, []))
        key = piece.created[:7]
        # A date that is not one (any text a backpack carried) counts, but makes no month.
        month = months.setdefault(key, Month(key)) if MONTH.match(key) else Month(key)
        month.pieces += 1
        month.finished += int(piece.finished)
        month.words += len(words)
        for word in words:
            if word not in seen:
                seen.add(word)
                month.new_words.append(word)
        kinds[piece.kind] += 1
        total_words += len(words)
        if len(words) > longest[0]:
            longest = (len(words), piece)
    with_words = [p for p in pieces if p.title or p.finished] or pieces
    return Growth(
        writer_id=writer_id,
        months=[months[k] for k in sorted(months)],
        total_pieces=len(pieces),
        total_words=total_words,
        different_words=len(seen),
        kinds=dict(kinds),
        first_piece=with_words[0] if with_words else None,
        latest_piece=with_words[-1] if with_words else None,
        longest_piece=longest[1],
        longest_words=longest[0],
    )
