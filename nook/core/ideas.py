"""Idea cards: optional prompts with a picture, an invitation and never an assignment.

Bundled cards (assets/ideas/idea_cards.json) are seeded once, when a library is made;
a grown-up may then add, edit and hide cards. Choosing a card starts a new piece of its
kind with nothing pre-written, the card's sticker on its first page. The cards are stored by the library's
`IdeaCardRepository` (`library.ideas`, nook/core/idea_repository.py); changes are announced as What.IDEAS. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nook.core import language_data
from nook.core import picture as pic
from nook.core.models import Piece
from nook.core.word_wall import picture_source

if TYPE_CHECKING:
    from nook.core.library import Library

TEXT_LIMIT = 120


@dataclass(frozen=True)
class IdeaCard:
    id: str
    kind: str
    text: str
    picture: str | None
    position: int
    hidden: bool
    builtin: str | None
    # A grown-up's words for a bundled card in a language other than English ({"es": …}).
    words: dict[str, str] = field(default_factory=dict, hash=False)


def words_language(language: str | None) -> str:
    """The code a grown-up's words for a card are kept under: "es-419" and "es" are "es"."""
    return language_data.codes(language)[-1]


def words_in(card: IdeaCard, language: str | None) -> str:
    """What a card says in `language`: a grown-up's words for it in that language, else
    the bundled card in that language (unless its English words were changed), else its text."""
    own = card.words.get(words_language(language))
    return own if own is not None else language_data.card_text(card.builtin, card.text, language)


def clean_card_text(text: str) -> str:
    return " ".join(str(text).split())[:TEXT_LIMIT]


def cards(library: Library, kind: str | None = None, include_hidden: bool = False) -> list[IdeaCard]:
    return library.ideas.cards(kind, include_hidden)


def card(library: Library, card_id: str) -> IdeaCard | None:
    return library.ideas.card(card_id)


def add_card(library: Library, kind: str, text: str, picture: str | None = None) -> IdeaCard:
    return library.ideas.add_card(kind, text, picture)


def update_card(library: Library, card_id: str, language: str | None = None, **fields: Any) -> None:
    """Change a card's kind, text, picture or hidden flag; new words for a bundled card
    written in `language` (not English) are that language's only."""
    library.ideas.update_card(card_id, language, **fields)


def hide_card(library: Library, card_id: str, hidden: bool = True) -> None:
    library.ideas.update_card(card_id, hidden=hidden)


def delete_card(library: Library, card_id: str) -> None:
    """Remove a card a grown-up made; bundled cards can only be hidden."""
    library.ideas.delete_card(card_id)


Area = tuple[float, float, float, float]


def start_piece(
    library: Library, writer_id: str, card_id: str, area: Callable[[str, str], Area] | None = None
) -> Piece:
    """A new piece of the card's kind, with the card's sticker on its first page.

    Nothing is pre-written (the words are the child's), but a piece that opened blank
    lost the card the child had just chosen; its picture carries the idea over and can
    be moved, turned or removed like any sticker. `area(kind, role)` gives where a page's
    picture goes (x, y, width, height, in page units); the sticker sits in its middle.
    """
    found = card(library, card_id)
    if found is None:
        raise KeyError(card_id)
    piece = library.new_piece(writer_id, found.kind)
    source = picture_source(found.picture)
    if source is not None and source[0] == "sticker":
        first = library.pages(piece.id)[0]
        whole = (0.0, 0.0, *pic.page_size(found.kind, first.role))
        x, y, width, height = area(found.kind, first.role) if area else whole
        size = 0.6 * min(width, height)
        item = pic.sticker(source[1], x + width / 2, y + height / 2, size)
        library.update_page(first.id, picture=pic.make_picture([item]))
    return piece
