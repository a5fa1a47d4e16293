"""What a page's picture shows, in words, for a reader who cannot see it: the talking
book's image descriptions and a PDF's figure descriptions (/Alt) say the same."""

from __future__ import annotations

from collections.abc import Sequence

from nook.core import language_data
from nook.core import picture as pic
from nook.core.models import Page
from nook.i18n import phrases_in, translate


def sticker_names(pages: Sequence[Page], language: str) -> list[str]:
    """The stickers in the pages' pictures, each once, by their names in `language`
    ("círculo rojo"): what a reader that cannot see the picture hears is in it."""
    catalogue = language_data.sticker_catalogue(language)
    names: list[str] = []
    for page in pages:
        for item in pic.items_of(page.picture):
            found = catalogue.by_id(str(item.get("sticker"))) if item.get("type") == "sticker" else None
            if found is not None and found.name not in names:
                names.append(found.name)
    return names


def picture_description(pages: Sequence[Page], language: str, writer_name: str = "") -> str:
    """ "Sofía's picture: a cat, a sun", in `language` (the pages' own)."""
    with phrases_in(language):
        if writer_name:
            alt = translate("Export", "{name}'s picture").format(name=writer_name)
        else:
            alt = translate("Export", "A picture")
        things = sticker_names(pages, language)
        if things:
            alt = translate("Export", "{picture}: {things}", "a picture's description, then what is in it").format(
                picture=alt, things=", ".join(things)
            )
    return alt
