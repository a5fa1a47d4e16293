"""A piece's page style: the only place the renderer reads the library's settings.

It is resolved once when a piece is opened (or a cover, a show, an export starts) and
again when the settings change (the screen that hears the change resolves a new one);
painting itself never asks the library how words should look.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nook.core.library import Library
from nook.core.models import Page, Piece
from nook.i18n import isolated, translate
from nook.render.fonts import TextFitter, TextStyle, family_for

DEFAULT_COLOUR = "#1f4e9c"  # words of a page that has no writer


@dataclass(frozen=True)
class PageStyle:
    """How one piece's words look: the writer's font, size, colour, capitals, byline."""

    family: str
    text_size: int  # the writer's setting, before a page's own size
    colour: str
    all_caps: bool
    byline: str = ""
    fitter: TextFitter = field(default_factory=TextFitter, compare=False, repr=False)

    @classmethod
    def resolve(cls, library: Library, piece: Piece | None) -> PageStyle:
        """Read the writer's settings and name from the library, once."""
        writer_id = piece.writer_id if piece else None
        writer = library.writer(writer_id) if writer_id else None
        return cls(
            family=family_for(str(library.setting("font", writer_id))),
            text_size=int(library.setting("text_size", writer_id)),
            colour=writer.colour if writer else DEFAULT_COLOUR,
            all_caps=bool(library.setting("all_caps", writer_id)),
            # The writer's name is theirs, never translated; only "by" is a phrase.
            byline=translate("Book", "by {name}").format(name=isolated(writer.name)) if writer and writer.name else "",
        )

    def text_style(self, page: Page | None = None) -> TextStyle:
        """The words' style on `page`, which may have a text size of its own."""
        size = self.text_size
        if page is not None and isinstance(page.extras.get("text_size"), int | float):
            size = int(page.extras["text_size"])
        return TextStyle(
            family=self.family,
            size=max(18, min(size, 120)) * 2,
            colour=self.colour,
            all_caps=self.all_caps,
            fitter=self.fitter,
        )


def text_style(library: Library, piece: Piece | None, page: Page | None = None) -> TextStyle:
    """The words' style on one page, read from the library now (for a one-off look)."""
    return PageStyle.resolve(library, piece).text_style(page)


def byline_text(library: Library, piece: Piece | None) -> str:
    """ "by <writer>" under a book's title, or nothing for a writer without a name."""
    return PageStyle.resolve(library, piece).byline if piece else ""
