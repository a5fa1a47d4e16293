"""The bundled data in a writer's language: sticker names and search words, idea cards,
starter word banks and the letter's greeting and closing. No Qt, no phrases of its own.

English is the source: `stickers/stickers.json`, `ideas/idea_cards.json`,
`word_wall/starter_banks.json`, `letters/letter.json`. A language adds a file beside
each, named with its code (`stickers.es.json`), keyed by the same ids; whatever it
leaves out stays English. Adding a language is copying those files and filling them in,
no code. A writer's code is looked up from the most specific down ("es-419", then "es").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from nook.assets import asset_path, assets_root, manifest

ENGLISH = "en"
STICKERS = "stickers/stickers.json"
IDEA_CARDS = "ideas/idea_cards.json"
STARTER_BANKS = "word_wall/starter_banks.json"
LETTER = "letters/letter.json"


def codes(language: str | None) -> list[str]:
    """The codes to try for a language, most specific first: "es-419" -> es-419, es."""
    code = (language or ENGLISH).strip().replace("_", "-").lower()
    parts = code.split("-")
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _beside(name: str, code: str) -> str:
    folder, _, file = name.rpartition("/")
    stem = file.removesuffix(".json")
    return f"{folder}/{stem}.{code}.json"


@cache
def _read(name: str) -> dict[str, Any] | None:
    path = asset_path(*name.split("/"))
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def translation(name: str, language: str | None) -> tuple[str, dict[str, Any] | None]:
    """(code, data) of the file beside manifest `name` for `language`; ("en", None) when
    the language has none (or is English), so the English manifest stands."""
    for code in codes(language):
        if code == ENGLISH:
            break
        data = _read(_beside(name, code))
        if data is not None:
            return code, data
    return ENGLISH, None


def data_language(name: str, language: str | None) -> str:
    """The code whose data answers for `language` in manifest `name` ("en" as fallback)."""
    return translation(name, language)[0]


def bundled_languages(name: str) -> list[str]:
    """Every code with a file beside manifest `name`, English first."""
    folder, _, file = name.rpartition("/")
    stem = file.removesuffix(".json")
    found = sorted(p.name[len(stem) + 1 : -len(".json")] for p in (assets_root() / folder).glob(f"{stem}.*.json"))
    return [ENGLISH, *found]


def fold(text: str) -> str:
    """Text as a search compares it: no case, no accents ("Árbol" -> "arbol", "niño" ->
    "nino"), so a child who cannot type an accent still finds the word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# -- stickers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StickerCategory:
    id: str
    name: str
    icon: str


@dataclass(frozen=True)
class Sticker:
    id: str
    name: str
    category: str
    file: str
    keywords: tuple[str, ...]
    search_words: tuple[str, ...]  # folded words of the name and keywords


@dataclass(frozen=True)
class StickerCatalogue:
    language: str  # the code whose names these are
    categories: tuple[StickerCategory, ...]
    stickers: tuple[Sticker, ...]

    def by_id(self, sticker_id: str) -> Sticker | None:
        return self._index.get(sticker_id)

    @cached_property
    def _index(self) -> dict[str, Sticker]:
        # Kept on the catalogue itself: a cache keyed by the catalogue hashed all of its
        # stickers again on every look-up (the sticker pickers looked up 1,216 stickers
        # and spent over a second hashing while the grown-up corner opened).
        return {s.id: s for s in self.stickers}


@cache
def _sticker_catalogue(code: str) -> StickerCatalogue:
    english = manifest(STICKERS)
    _, local = translation(STICKERS, code)
    local_categories: dict[str, str] = (local or {}).get("categories", {})
    local_stickers: dict[str, dict[str, Any]] = (local or {}).get("stickers", {})
    categories = tuple(
        StickerCategory(c["id"], local_categories.get(c["id"]) or c["name"], c["icon"]) for c in english["categories"]
    )
    stickers = []
    for sticker in english["stickers"]:
        own = local_stickers.get(sticker["id"]) or {}
        name = own.get("name") or sticker["name"]
        keywords = tuple(own["keywords"] if own.get("name") else sticker.get("keywords", []))
        words = tuple(dict.fromkeys(fold(w) for text in (name, *keywords) for w in text.split()))
        stickers.append(Sticker(sticker["id"], name, sticker["category"], sticker["file"], keywords, words))
    return StickerCatalogue(code, categories, tuple(stickers))


def sticker_catalogue(language: str | None) -> StickerCatalogue:
    """Every sticker and category, named in `language` (English where it has no name)."""
    return _sticker_catalogue(data_language(STICKERS, language))


def _as_typed(word: str) -> tuple[str, ...]:
    """A typed (folded) word and, for a word for many, the word for one: "gatos" ->
    "gato", "peces" -> "pez", "foxes" -> "fox". Short words are taken as they are."""
    if len(word) < 4 or not word.endswith("s"):
        return (word,)
    ones = [word[:-1]]
    if word.endswith("es"):
        ones.append(word[:-2])
    if word.endswith("ces"):
        ones.append(word[:-3] + "z")
    return (word, *ones)


def _starts(words: tuple[str, ...] | list[str], typed: tuple[str, ...]) -> bool:
    return any(word.startswith(form) for word in words for form in typed)


def find_stickers(text: str, language: str | None) -> list[Sticker]:
    """Stickers whose name or search words start with every word typed, in the writer's
    language, with or without accents ("arbol" finds "árbol"), any case, for one or many
    ("gatos" finds "gato"); a dash or a comma parts words ("ice-cream")."""
    typed = [_as_typed(word) for word in re.findall(r"\w+", fold(text))]
    found = [
        sticker
        for sticker in sticker_catalogue(language).stickers
        if all(_starts(sticker.search_words, forms) for forms in typed)
    ]
    # What the child typed names the sticker first ("árbol" before "ardilla", which
    # lives in trees): name matches lead, the rest keep the box's order.
    return sorted(found, key=lambda s: not all(_starts([fold(w) for w in s.name.split()], forms) for forms in typed))


# -- idea cards -------------------------------------------------------------------------


def idea_card_text(builtin: str, language: str | None) -> str | None:
    """A bundled card's words in `language` (English where it has none); None if unknown."""
    english = {c["id"]: c["text"] for c in manifest(IDEA_CARDS)["cards"]}
    if builtin not in english:
        return None
    _, local = translation(IDEA_CARDS, language)
    text = (local or {}).get("cards", {}).get(builtin)
    return str(text) if text else english[builtin]


def card_text(builtin: str | None, stored: str, language: str | None) -> str:
    """What a card says to a writer: a bundled card as the app wrote it speaks the
    writer's language; a card a grown-up wrote or changed says what they wrote."""
    if builtin is None:
        return stored
    english = idea_card_text(builtin, ENGLISH)
    if english is None or stored != english:
        return stored
    return idea_card_text(builtin, language) or stored


# -- starter word banks -----------------------------------------------------------------


def starter_banks(language: str | None) -> tuple[str, list[dict[str, Any]]]:
    """(code, banks) the word wall starts with in `language`, English as fallback. Each
    language writes its own words (feelings come in both genders in Spanish), so a bank
    is a list of its own, not a word-for-word copy of the English."""
    code, local = translation(STARTER_BANKS, language)
    banks = (local or manifest(STARTER_BANKS))["banks"]
    return code, list(banks)


# -- the letter -------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterDefaults:
    greeting: str  # "Dear ", ready for the name the child types
    closing: str  # "Love,\n{name}"
    closing_unnamed: str  # "Love," when the writer has no name

    def closing_for(self, writer_name: str) -> str:
        return self.closing.format(name=writer_name) if writer_name else self.closing_unnamed


def letter_defaults(language: str | None) -> LetterDefaults:
    """The greeting and closing a new letter starts with, in `language`."""
    english = manifest(LETTER)
    _, local = translation(LETTER, language)
    merged = {**english, **{k: v for k, v in (local or {}).items() if k in english and v}}
    return LetterDefaults(merged["greeting"], merged["closing"], merged["closing_unnamed"])


@cache
def untouched_letter_lines() -> frozenset[str]:
    """A greeting or closing left as the app wrote it, in any bundled language ("dear",
    "love,", "hola,", "con cariño,"), folded: such a line never names a piece."""
    lines = set()
    for code in bundled_languages(LETTER):
        defaults = letter_defaults(code)
        for text in (defaults.greeting, defaults.closing_unnamed):
            lines.add(" ".join(text.split()).casefold())
    return frozenset(lines)
