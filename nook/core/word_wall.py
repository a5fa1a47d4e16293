"""The word wall: word banks a grown-up makes, each word with an optional picture. No Qt.

A picture is a sticker id ("fox"), a photo stored in the library's media written
"photo:<hash>", or a writer's avatar written "avatar:<id>" (for names in "Our class"). Banks ship from
assets/word_wall/starter_banks.json (seeded once, when a library is made, then the
grown-up's to change). The banks are stored by the library's `WordWallRepository`
(`library.word_wall`); every change is announced as What.WORD_WALL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nook.core import language_data

if TYPE_CHECKING:
    from nook.core.library import Library

PHOTO_PREFIX = "photo:"
AVATAR_PREFIX = "avatar:"
WORD_LIMIT = 40
BANK_NAME_LIMIT = 40
CLASS_BANK_NAME = "Our class"
CLASS_BANK_KEY = "class_bank"  # remembered state: the id of the bank of writers' names


@dataclass(frozen=True)
class WordBank:
    id: str
    name: str
    picture: str | None
    position: int
    hidden: bool
    builtin: str | None


@dataclass(frozen=True)
class BankWord:
    id: str
    bank_id: str
    word: str
    picture: str | None
    position: int


def photo_picture(media_hash: str) -> str:
    return PHOTO_PREFIX + media_hash


def photo_hash(picture: str | None) -> str | None:
    """The media hash if `picture` is a photo, else None (a sticker or nothing)."""
    if picture and picture.startswith(PHOTO_PREFIX):
        return picture[len(PHOTO_PREFIX) :]
    return None


def picture_source(picture: str | None) -> tuple[str, str] | None:
    """("sticker" | "photo" | "avatar", value) for a stored picture, or None."""
    if not picture:
        return None
    for prefix in (PHOTO_PREFIX, AVATAR_PREFIX):
        if picture.startswith(prefix):
            return prefix[:-1], picture[len(prefix) :]
    return "sticker", picture


def clean_word(word: str) -> str:
    return " ".join(str(word).split())[:WORD_LIMIT]


def clean_bank_name(name: str) -> str:
    return " ".join(str(name).split())[:BANK_NAME_LIMIT]


def banks(library: Library, include_hidden: bool = False) -> list[WordBank]:
    return library.word_wall.banks(include_hidden)


def builtin_for(starter_id: str, language: str) -> str:
    """How a starter bank is marked: "colours" (English, as first shipped), "es:colours"."""
    return starter_id if language == language_data.ENGLISH else f"{language}:{starter_id}"


def bank_language(found: WordBank) -> str | None:
    """The language of a starter bank ("en", "es"); None for a bank a grown-up made,
    which every writer sees."""
    if found.builtin is None:
        return None
    language, sep, _ = found.builtin.partition(":")
    return language if sep else language_data.ENGLISH


def banks_for_language(library: Library, language: str | None) -> list[WordBank]:
    """The banks a writer sees: the grown-up's own and the starter banks in the writer's
    language (the English ones when that language has none in this library)."""
    every = banks(library, include_hidden=True)
    code = language_data.data_language(language_data.STARTER_BANKS, language)
    if not any(bank_language(b) == code for b in every):
        code = language_data.ENGLISH
    return [b for b in every if not b.hidden and bank_language(b) in (None, code)]


def bank(library: Library, bank_id: str) -> WordBank | None:
    return library.word_wall.bank(bank_id)


def words(library: Library, bank_id: str) -> list[BankWord]:
    return library.word_wall.words(bank_id)


def add_bank(library: Library, name: str, picture: str | None = None) -> WordBank:
    return library.word_wall.add_bank(name, picture)


def update_bank(library: Library, bank_id: str, **fields: Any) -> None:
    """Change a bank's name, picture, hidden flag or position."""
    library.word_wall.update_bank(bank_id, **fields)


def delete_bank(library: Library, bank_id: str) -> None:
    library.word_wall.delete_bank(bank_id)


def add_word(library: Library, bank_id: str, word: str, picture: str | None = None) -> BankWord | None:
    """Add a word at the end of a bank; None if the word is empty."""
    return library.word_wall.add_word(bank_id, word, picture)


def update_word(library: Library, word_id: str, *, word: str | None = None, picture: str | None = "") -> None:
    """Change a word's spelling or picture (picture None removes it; "" leaves it)."""
    library.word_wall.update_word(word_id, word=word, picture=picture)


def remove_word(library: Library, word_id: str) -> None:
    library.word_wall.remove_word(word_id)


def move_word(library: Library, word_id: str, new_position: int) -> None:
    library.word_wall.move_word(word_id, new_position)


def _class_bank(library: Library, class_name: str) -> WordBank:
    remembered = library.state(CLASS_BANK_KEY)
    found = bank(library, remembered) if isinstance(remembered, str) else None
    if found is not None:
        return found
    called = {CLASS_BANK_NAME, class_name}
    existing = [b for b in banks(library, include_hidden=True) if b.name in called]
    return existing[0] if existing else add_bank(library, class_name, "school")


def add_writer_names(library: Library, bank_id: str | None = None, class_name: str = CLASS_BANK_NAME) -> WordBank:
    """Put every writer's name (with their avatar as picture) into a bank, by default the
    class's bank: the one made before (remembered, whatever it is called now), else one
    called `class_name` (the grown-up's words for "Our class", in their language) or "Our
    class", else a new one called `class_name`. Names already there are not added twice."""
    with library.transaction():
        target = bank(library, bank_id) if bank_id else None
        if target is None:
            target = _class_bank(library, class_name)
            library.set_state(CLASS_BANK_KEY, target.id)
        have = {w.word.casefold() for w in words(library, target.id)}
        for writer in library.writers():
            if writer.name and writer.name.casefold() not in have:
                add_word(library, target.id, writer.name, AVATAR_PREFIX + writer.avatar)
                have.add(writer.name.casefold())
    return target
