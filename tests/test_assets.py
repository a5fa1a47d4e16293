"""The bundled assets are whole: every picture, sound and font loads, every id is unique,
every cross-reference lands, and every file's source and licence are written down.

These were once a curation script nobody ran; as tests they run on every change.
"""

from __future__ import annotations

import ast
import json
import re
import wave
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from nook.assets import asset_path, assets_root

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("book", "list", "sign", "letter")
PICTURE_FOLDERS = ("stickers", "avatars", "icons")
LICENSED_FOLDERS = ("fonts", "stickers", "avatars", "icons", "sounds")


def load(name: str) -> Any:
    """A manifest, read so that a key written twice is an error, not silently the last."""

    def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        repeated = sorted(key for key, count in Counter(keys).items() if count > 1)
        assert not repeated, f"{name} repeats {repeated}"
        return dict(pairs)

    return json.loads(asset_path(*name.split("/")).read_text(encoding="utf-8"), object_pairs_hook=no_repeats)


def stickers() -> list[dict[str, Any]]:
    return load("stickers/stickers.json")["stickers"]


def sticker_ids() -> set[str]:
    return {s["id"] for s in stickers()}


def picture_files() -> list[tuple[str, str]]:
    """(folder, file) for every picture a manifest names: stickers, avatars, icons."""
    files = [("stickers", s["file"]) for s in stickers()]
    files += [("avatars", a["file"]) for a in load("avatars/avatars.json")["avatars"]]
    files += [("icons", f) for f in load("icons/icons.json")["icons"].values()]
    return files


def drawn(renderer: QSvgRenderer, size: int = 48) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def inked(image: QImage) -> int:
    """Pixels with any paint on them."""
    alphas = bytes(image.convertToFormat(QImage.Format.Format_Alpha8).constBits())
    return len(alphas) - alphas.count(0)


# -- pictures ------------------------------------------------------------------------------


def test_every_picture_loads_and_draws_something(qapp) -> None:
    broken = []
    for folder, file in picture_files():
        path = asset_path(folder, file)
        renderer = QSvgRenderer(str(path))
        if not path.is_file() or not renderer.isValid() or renderer.defaultSize().isEmpty():
            broken.append(f"{folder}/{file}: does not load")
        elif inked(drawn(renderer)) < 20:
            broken.append(f"{folder}/{file}: draws nothing")
    assert broken == []
    assert len(picture_files()) > 700  # the check really looked at the whole collection


def test_every_picture_file_is_in_a_manifest() -> None:
    """No file ships that nothing uses (nor one that a manifest forgot)."""
    named = {(folder, file) for folder, file in picture_files()}
    for folder in PICTURE_FOLDERS:
        on_disk = {(folder, f"svg/{p.name}") for p in (assets_root() / folder / "svg").iterdir()}
        assert on_disk - named == set(), folder


def test_ids_are_unique_and_well_formed() -> None:
    ids = [s["id"] for s in stickers()]
    assert len(ids) == len(set(ids)) >= 300
    for sticker in stickers():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", sticker["id"]), sticker["id"]
        assert sticker["file"] == f"svg/{sticker['id']}.svg"
        assert sticker["name"].strip() and sticker["name"] == sticker["name"].lower(), sticker["id"]
    avatars = [a["id"] for a in load("avatars/avatars.json")["avatars"]]
    assert len(avatars) == len(set(avatars)) >= 24
    cards = [c["id"] for c in load("ideas/idea_cards.json")["cards"]]
    assert len(cards) == len(set(cards))
    banks = [b["id"] for b in load("word_wall/starter_banks.json")["banks"]]
    assert len(banks) == len(set(banks))
    categories = [c["id"] for c in load("stickers/stickers.json")["categories"]]
    assert len(categories) == len(set(categories))


def test_every_sticker_category_is_real_and_full() -> None:
    manifest = load("stickers/stickers.json")
    categories = {c["id"] for c in manifest["categories"]}
    per_category = Counter(s["category"] for s in manifest["stickers"])
    assert set(per_category) == categories
    assert min(per_category.values()) >= 12
    for category in manifest["categories"]:
        assert category["icon"] in sticker_ids(), category["id"]


def test_card_and_word_wall_pictures_are_stickers_that_load(qapp) -> None:
    by_id = {s["id"]: s for s in stickers()}
    wanted = [c["picture"] for c in load("ideas/idea_cards.json")["cards"]]
    for bank in load("word_wall/starter_banks.json")["banks"]:
        wanted.append(bank["picture"])
        wanted += [w["picture"] for w in bank["words"] if w["picture"] is not None]
    assert wanted
    for picture in wanted:
        assert picture in by_id, picture
        assert QSvgRenderer(str(asset_path("stickers", by_id[picture]["file"]))).isValid(), picture


def test_idea_cards_cover_every_kind() -> None:
    cards = load("ideas/idea_cards.json")["cards"]
    assert {c["kind"] for c in cards} == set(KINDS)
    assert all(c["text"].strip() for c in cards)
    texts = {c["text"] for c in cards}
    for text in (
        "Make a sign to warn people about something",
        "Write a letter to someone you miss",
        "Make a list of things you love",
        "Make a book about your pet",
    ):
        assert text in texts


def test_starter_banks_are_a_handful_of_words_each() -> None:
    for bank in load("word_wall/starter_banks.json")["banks"]:
        words = [w["word"] for w in bank["words"]]
        assert 10 <= len(words) <= 20, bank["id"]
        assert len(words) == len(set(words)) and all(w.strip() for w in words), bank["id"]


def test_every_icon_the_code_asks_for_exists() -> None:
    icons = set(load("icons/icons.json")["icons"])
    asked: set[str] = set()
    for source in (ROOT / "nook").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                first = node.args[0] if node.args else None
                if (
                    name in ("PictureButton", "icon")
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    asked.add(first.value)
    assert asked, "found no icon names in the code"
    assert asked <= icons, f"missing pictures: {sorted(asked - icons)}"


# -- sounds and fonts ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(load("sounds/sounds.json")["sounds"]))
def test_every_sound_decodes_to_short_audible_mono(name: str) -> None:
    path = asset_path("sounds", load("sounds/sounds.json")["sounds"][name])
    with wave.open(str(path)) as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 22050)
        frames = sound.readframes(sound.getnframes())
    assert len(frames) == 2 * sound.getnframes() > 0  # every frame it claims is there
    samples = memoryview(frames).cast("h")
    assert max(abs(s) for s in samples) > 1000, "silent"
    assert path.stat().st_size <= 60 * 1024


def test_every_font_loads_with_the_family_the_manifest_names(qapp) -> None:
    for spec in load("fonts/fonts.json")["fonts"]:
        for file in spec["files"]:
            font_id = QFontDatabase.addApplicationFont(str(asset_path("fonts", file)))
            assert font_id >= 0, file
            assert spec["family"] in QFontDatabase.applicationFontFamilies(font_id), file


# -- where everything comes from -----------------------------------------------------------


@pytest.mark.parametrize("folder", LICENSED_FOLDERS)
def test_every_file_is_listed_with_its_source_and_licence(folder: str) -> None:
    here = assets_root() / folder
    source = (here / "SOURCE.md").read_text(encoding="utf-8")
    licence = (here / "LICENSE").read_text(encoding="utf-8")
    assert licence.strip()
    data = [
        p for p in here.rglob("*") if p.is_file() and p.name not in ("SOURCE.md", "LICENSE") and p.suffix != ".json"
    ]
    assert data, folder
    for path in data:
        name = path.relative_to(here).as_posix()
        assert name in source, f"{folder}/{name} has no line in SOURCE.md"
    if folder == "fonts":  # three families, three licences: each file is named in LICENSE
        for path in data:
            assert path.name in licence, f"{path.name} is not named in fonts/LICENSE"


@pytest.mark.parametrize("folder", ["ideas", "word_wall", "letters"])
def test_our_own_writing_says_its_licence(folder: str) -> None:
    source = (assets_root() / folder / "SOURCE.md").read_text(encoding="utf-8")
    assert "CC0" in source


def test_assets_hold_data_only() -> None:
    """No code in assets/: it ships inside the wheel and the bundle as data."""
    code = [p.relative_to(assets_root()) for p in assets_root().rglob("*.py")]
    assert code == []


# -- other languages -----------------------------------------------------------------------

SPANISH = "es"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def beside(name: str, code: str) -> str:
    return name.removesuffix(".json") + f".{code}.json"


def test_every_sticker_and_category_has_a_spanish_name_and_search_words() -> None:
    english = load("stickers/stickers.json")
    spanish = load(beside("stickers/stickers.json", SPANISH))
    assert spanish["language"] == SPANISH
    assert set(spanish["categories"]) == {c["id"] for c in english["categories"]}
    assert all(name.strip() for name in spanish["categories"].values())
    assert set(spanish["stickers"]) == sticker_ids()
    assert len(spanish["stickers"]) == len(english["stickers"]) == 608
    names = [entry["name"] for entry in spanish["stickers"].values()]
    repeated = sorted(name for name, count in Counter(names).items() if count > 1)
    assert not repeated, f"two stickers say the same name: {repeated}"
    for sticker_id, entry in spanish["stickers"].items():
        assert entry["name"].strip() == entry["name"] and entry["name"], sticker_id
        assert entry["keywords"] and all(k.strip() == k and k for k in entry["keywords"]), sticker_id
    # Written in Spanish, not left in English: most names differ from the English ones.
    same = [s["id"] for s in english["stickers"] if s["name"] == spanish["stickers"][s["id"]]["name"]]
    assert len(same) < 60, same  # "panda", "pizza", "koala" … are the same words in Spanish


def test_every_idea_card_has_spanish_words() -> None:
    english = {c["id"]: c["text"] for c in load("ideas/idea_cards.json")["cards"]}
    spanish = load(beside("ideas/idea_cards.json", SPANISH))["cards"]
    assert set(spanish) == set(english)
    for card_id, text in spanish.items():
        assert text.strip() == text and text != english[card_id], card_id
        assert len(text) <= 120, card_id  # an idea card's limit (nook.core.ideas.TEXT_LIMIT)
        assert PLACEHOLDER.findall(text) == PLACEHOLDER.findall(english[card_id]), card_id


def test_every_starter_bank_has_spanish_words_with_pictures_that_are_stickers() -> None:
    english = load("word_wall/starter_banks.json")["banks"]
    spanish = load(beside("word_wall/starter_banks.json", SPANISH))["banks"]
    assert [b["id"] for b in spanish] == [b["id"] for b in english]
    for bank, source in zip(spanish, english, strict=True):
        assert bank["name"].strip() and bank["name"] != source["name"], bank["id"]
        assert bank["picture"] in sticker_ids(), bank["id"]
        words = [w["word"] for w in bank["words"]]
        assert 10 <= len(words) <= 20, bank["id"]
        assert len(words) == len(set(words)) and all(w.strip() == w and w for w in words), bank["id"]
        for word in bank["words"]:
            assert word["picture"] is None or word["picture"] in sticker_ids(), word


def test_the_letter_defaults_have_spanish_with_the_same_placeholders() -> None:
    english = load("letters/letter.json")
    spanish = load(beside("letters/letter.json", SPANISH))
    assert set(english) == {"greeting", "closing", "closing_unnamed"}
    assert set(spanish) - {"language"} == set(english)
    for key, text in english.items():
        assert spanish[key].strip() and spanish[key] != text, key
        assert PLACEHOLDER.findall(spanish[key]) == PLACEHOLDER.findall(text), key
    assert spanish["closing"] == "Con cariño,\n{name}"


def test_every_language_file_matches_its_english_manifest() -> None:
    """A translator's copy for any language (not only Spanish) names only ids that exist."""
    for english, ids in (
        ("stickers/stickers.json", sticker_ids()),
        ("ideas/idea_cards.json", {c["id"] for c in load("ideas/idea_cards.json")["cards"]}),
        ("word_wall/starter_banks.json", {b["id"] for b in load("word_wall/starter_banks.json")["banks"]}),
    ):
        folder, _, file = english.rpartition("/")
        copies = sorted((assets_root() / folder).glob(file.removesuffix(".json") + ".*.json"))
        assert copies, english
        for copy in copies:
            data = load(f"{folder}/{copy.name}")
            assert data["language"] == copy.name.split(".")[-2], copy.name
            entries = data.get("stickers") or data.get("cards") or {b["id"]: b for b in data["banks"]}
            assert set(entries) <= ids, copy.name
