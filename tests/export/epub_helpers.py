"""Helpers for the talking-book tests: pieces of every kind, a real epubcheck, and
reading a book back (its words, its overlays, its audio)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from export_helpers import picture_with_everything

from nook.core.library import Library
from nook.export.audio import m4a_duration_ms
from nook.speech.words import split_words

XHTML = "{http://www.w3.org/1999/xhtml}"
SMIL = "{http://www.w3.org/ns/SMIL}"
OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"
EPUBCHECK_JAR = Path("/usr/share/java/epubcheck.jar")

WORDS = {
    "en": {
        "book": ["My dog Rex", "Rex can run fast & jump <high>", "He lik\x07s bones. The end!"],
        "list": ["Things I like", "apples", "my bike", "rain boots", "mom's pancakes", "ice-cream", "the park"],
        "sign": ["Keep out! Dragons sleeping"],
        "letter": ["Dear Grandma,", "I miss you. Come see my new fish", "Love,\nMaya", "Maya", "Grandma Rose"],
    },
    "es": {
        "book": ["Mi perro Rex", "Rex corre rápido y salta", "Le gustan los huesos. ¡Fin!"],
        "list": ["Cosas que me gustan", "manzanas", "mi bici", "botas de lluvia", "el parque"],
        "sign": ["¡No pasar! Dragones durmiendo"],
        "letter": ["Querida abuela,", "Te extraño. Ven a ver mi pez nuevo", "Con cariño,\nMaya", "Maya", "Abuela Rosa"],
    },
}


def make_piece(library: Library, writer_id: str, kind: str, language: str = "en") -> str:
    """A piece of `kind` with words in every field and pictures on its first pages."""
    texts = WORDS[language][kind]
    piece = library.new_piece(writer_id, kind)
    pages = library.pages(piece.id)
    if kind == "letter":
        greeting, body, closing, sender, to = texts
        library.update_page(
            pages[0].id,
            words=body,
            picture=picture_with_everything(library),
            extras={"greeting": greeting, "closing": closing},
        )
        library.add_page(piece.id, role="envelope", extras={"from": sender, "to": to})
    elif kind == "sign":
        library.update_page(pages[0].id, words=texts[0], picture=picture_with_everything(library))
    else:
        library.update_page(pages[0].id, words=texts[0], picture=picture_with_everything(library, (20, 90, 200)))
        library.update_page(pages[1].id, words=texts[1], picture=picture_with_everything(library))
        role = "item" if kind == "list" else "page"
        for text in texts[2:]:
            library.add_page(piece.id, role=role, words=text)
    library.set_finished(piece.id)
    return piece.id


def child_words(kind: str, language: str = "en") -> list[str]:
    """Every word the child typed, in reading order (an envelope reads from, then to)."""
    texts = WORDS[language][kind]
    if kind == "letter":
        greeting, body, closing, sender, to = texts
        texts = [greeting, body, closing, sender, to]
    return [w.text for text in texts for w in split_words(text.replace("\x07", ""))]


def epubcheck(path: Path) -> str:
    """Run the real epubcheck; returns its report. Fails the test if it is missing."""
    if EPUBCHECK_JAR.is_file() and shutil.which("java"):
        command = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", str(EPUBCHECK_JAR), str(path)]
    else:
        assert shutil.which("epubcheck"), "epubcheck is not installed (Debian: epubcheck)"
        command = ["epubcheck", str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    return done.stdout + done.stderr


def assert_epubcheck_clean(path: Path) -> None:
    report = epubcheck(path)
    found = re.search(r"Messages: (\d+) fatals / (\d+) errors / (\d+) warnings", report)
    assert found, report
    assert found.groups() == ("0", "0", "0"), report


@dataclass
class Overlay:
    page: str
    words: list[str]  # the text of each referenced span, in the SMIL's order
    clips: list[tuple[float, float]]
    audio: str


@dataclass
class OpenedBook:
    files: dict[str, bytes]
    opf: ElementTree.Element
    pages: list[str]  # XHTML paths in spine order

    def span_words(self, page: str) -> list[str]:
        root = ElementTree.fromstring(self.files[page])
        return [el.text or "" for el in root.iter(f"{XHTML}span") if re.fullmatch(r"w\d+", el.get("id", ""))]

    def text(self, page: str) -> str:
        root = ElementTree.fromstring(self.files[page])
        body = root.find(f"{XHTML}body")
        assert body is not None
        return " ".join("".join(body.itertext()).split())

    def overlays(self) -> list[Overlay]:
        found = []
        items = {i.get("id"): i for i in self.opf.iter(f"{OPF}item")}
        for page in self.pages:
            item = next(i for i in items.values() if "EPUB/" + i.get("href", "") == page)
            overlay_id = item.get("media-overlay")
            if not overlay_id:
                continue
            smil_path = "EPUB/" + items[overlay_id].get("href", "")
            root = ElementTree.fromstring(self.files[smil_path])
            spans = {  # what each id lights: a word, or (for a recorded page) a box of words
                el.get("id"): " ".join("".join(el.itertext()).split())
                for el in ElementTree.fromstring(self.files[page]).iter()
                if el.get("id")
            }
            words, clips, audio = [], [], ""
            for par in root.iter(f"{SMIL}par"):
                text = par.find(f"{SMIL}text")
                sound = par.find(f"{SMIL}audio")
                assert text is not None and sound is not None
                words.append(spans[text.get("src", "").split("#")[1]])
                clips.append((clock_seconds(sound.get("clipBegin", "")), clock_seconds(sound.get("clipEnd", ""))))
                audio = sound.get("src", "").replace("../", "EPUB/")
            found.append(Overlay(page, words, clips, audio))
        return found

    def audio_seconds(self, name: str) -> float:
        return m4a_duration_ms(self.files[name]) / 1000


def clock_seconds(value: str) -> float:
    hours, minutes, seconds = value.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def open_book(path: Path) -> OpenedBook:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        files = {name: archive.read(name) for name in names}
    assert files["mimetype"] == b"application/epub+zip"
    opf = ElementTree.fromstring(files["EPUB/package.opf"])
    hrefs = {i.get("id"): i.get("href") for i in opf.iter(f"{OPF}item")}
    pages = [f"EPUB/{hrefs[ref.get('idref')]}" for ref in opf.iter(f"{OPF}itemref")]
    return OpenedBook(files, opf, pages)
