"""Talking books: pieces as EPUB 3 that read themselves aloud, each word lit as it is
heard, in any e-book reader (no Writing Nook needed).

A book's page becomes one e-book page (a list's items are stacked a few to a page, as
they print). Each piece's speech is one AAC file; every word has its clip in it.
Works on its own read-only library in a worker thread or on the command line.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgRenderer

from nook.assets import asset_path, manifest
from nook.core.library import Library
from nook.core.models import Page, Piece, Writer
from nook.core.page_language import page_language, plain_code, tag
from nook.core.recordings import NotARecording, mp4_duration_ms, recording_of
from nook.export.audio import AacEncoder, EncodeError, m4a_duration_ms
from nook.export.epub_format import EpubBook, EpubPage, EpubWriter, Label, Par, PlacedBlock
from nook.export.narration import Narrator, Spoken
from nook.export.page_parts import image_bytes, kind_title, new_image, page_parts, paint_page_picture, picture_format
from nook.export.picture_words import picture_description
from nook.export.problems import NO_PAGES, worded
from nook.export.selection import words_language
from nook.export.sheets import rows_per_sheet
from nook.i18n import phrases_in, translate
from nook.render import PageStyle, Pictures

LIST_GAP = 30  # page units between a list's rows on one e-book page
BAND = 170  # page units above a piece's first page in a class book: the writer
BAND_COLOUR = "#fff3d6"
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The grown-up stopped the export."""


Progress = Callable[[int, int], None]  # (steps done, steps in all)


@dataclass
class Job:
    """What an export reports to, and how it is stopped (from any thread)."""

    progress: Progress | None = None
    cancelled: Callable[[], bool] | None = None
    done: int = 0
    total: int = 1
    # What the grown-up should hear about a book that was still made ("no voice: ...").
    notes: list[str] = field(default_factory=list)

    def step(self, count: int = 1) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self.done += count
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def font_file(font_id: str) -> tuple[str, Path]:
    """The bundled font a writer writes in, as (id, regular font file)."""
    fonts = manifest("fonts/fonts.json")["fonts"]
    spec = next((f for f in fonts if f["id"] == font_id), fonts[0])
    return str(spec["id"]), asset_path("fonts", spec["files"][0])


def avatar_file(avatar_id: str) -> Path:
    avatars = manifest("avatars/avatars.json")["avatars"]
    spec = next((a for a in avatars if a["id"] == avatar_id), avatars[0])
    return asset_path("avatars", spec["file"])


def paint_avatar(painter: QPainter, avatar_id: str, rect: QRectF) -> None:
    renderer = QSvgRenderer(str(avatar_file(avatar_id)))  # one per use: safe in any thread
    if renderer.isValid():
        renderer.render(painter, rect)


def page_groups(piece: Piece, pages: list[Page]) -> list[list[Page]]:
    """Pages shown together on one e-book page: a list's rows a few at a time."""
    if piece.kind != "list":
        return [[page] for page in pages]
    per = rows_per_sheet(piece, pages)
    return [pages[start : start + per] for start in range(0, len(pages), per)]


def word_clips(times: Sequence[int], duration: int) -> list[tuple[int, int]]:
    """Each word's clip: from when it is heard to when the next one is (the first from
    the start, the last to the end), strictly increasing and inside `duration`."""
    count = len(times)
    if count == 0 or duration < count:
        return []
    begins: list[int] = []
    previous = -1
    for index, ms in enumerate(times):
        begin = 0 if index == 0 else max(int(ms), previous + 1)
        begin = min(begin, duration - (count - index))
        begins.append(begin)
        previous = begin
    return list(zip(begins, [*begins[1:], duration], strict=True))


class Speech:
    """One piece's speech (one audio file per piece), encoded while it is gathered."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.samples = 0
        self.encoder: AacEncoder | None = None
        self.error = ""

    def add(self, spoken: Spoken) -> int | None:
        """Append a page's speech; where it starts in ms, or None if it cannot be kept."""
        if self.error:
            return None
        try:
            if self.encoder is None:
                self.encoder = AacEncoder(spoken.sample_rate)
            self.encoder.feed(spoken.pcm)
        except EncodeError as error:
            self.error = str(error)
            return None
        start = self.samples * 1000 // spoken.sample_rate
        self.samples += len(spoken.pcm) // 2
        return start

    def close(self) -> None:
        if self.encoder is not None:
            self.encoder.close()
            self.encoder = None

    def finish(self) -> bytes | None:
        if self.encoder is None:
            return None
        try:
            return None if self.error else self.encoder.finish()
        except EncodeError as error:
            self.error = str(error)
            return None
        finally:
            self.encoder.close()
            self.encoder = None


class TalkingBookMaker:
    """Builds one EPUB from pieces, page by page, into `destination`."""

    def __init__(self, library: Library, destination: Path, job: Job, audio: bool = True) -> None:
        self.library = library
        self.pictures = Pictures(library.media)  # a photo used on several pages is decoded once
        self.destination = Path(destination)
        self.job = job
        self.narrator = Narrator() if audio else None
        self.pages: list[EpubPage] = []
        self.toc: list[tuple[str, str]] = []
        self.fonts: dict[str, Path] = {}
        self.audio_names: list[str] = []
        self.problems = job.notes  # said to the grown-up at the end
        if self.narrator is not None and not self.narrator.available:
            reason = worded(self.narrator.reason)
            self.problems.append(translate("Export", "made without the voice: {reason}").format(reason=reason))
        self.speaks_recordings = audio  # a book without a voice has no recordings either
        self._recorded_ms: dict[str, int] = {}
        self._named = 0
        self.writer = EpubWriter(self.destination)
        font_id, path = font_file("andika")  # labels (names, titles) are in Andika
        self.fonts[font_id] = path

    @property
    def speaks(self) -> bool:
        return self.narrator is not None and self.narrator.available

    def __enter__(self) -> TalkingBookMaker:
        self.writer.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        try:
            self.writer.__exit__(kind, error, trace)
        finally:
            if self.narrator is not None:
                self.narrator.close()

    def next_name(self) -> str:
        self._named += 1
        return f"p{self._named:04d}"

    def add_page(self, page: EpubPage, position: int | None = None) -> None:
        """Write a page; it is read at `position` in the book (default: last)."""
        self.pages.insert(len(self.pages) if position is None else position, page)
        self.writer.add_page(page)

    def add_piece(
        self, piece: Piece, writer: Writer | None, band: bool = False, pages: list[Page] | None = None
    ) -> str:
        """All of a piece's pages, or those of them given (with its writer above the
        first one if `band`); returns the name of its first e-book page."""
        writer_id = writer.id if writer else None
        language = str(self.library.setting("language", writer_id) or "en")
        font_id, path = font_file(str(self.library.setting("font", writer_id)))
        self.fonts.setdefault(font_id, path)
        narrator = self.narrator if self.speaks else None
        voice, wpm = narrator.voice_for(self.library, writer_id) if narrator is not None else (None, 0)
        speech = Speech(f"{piece.id}.m4a")
        first = ""
        made: list[EpubPage] = []
        # The piece's pages are worded in the language its words are in (a Spanish
        # writer's pages say "El dibujo de Ana"), whatever the screen speaks.
        try:
            with phrases_in(words_language(self.library, piece.id)):
                title = piece.title or kind_title(piece.kind)
                pages = self.library.pages(piece.id) if pages is None else pages
                for number, group in enumerate(page_groups(piece, pages)):
                    top = BAND if band and number == 0 else 0
                    page = self._page(piece, writer, group, top, font_id, language, voice, wpm, speech)
                    page.title = translate("Export", "{title} ({number})").format(title=title, number=number + 1)
                    first = first or page.name
                    made.append(page)
                    self.job.step()
        except BaseException:
            speech.close()  # (stopped part way: its encoder goes now, and its file)
            raise
        self._encode(speech, made)
        for page in made:  # written once the clips are final
            self.add_page(page)
        return first

    def _page(
        self,
        piece: Piece,
        writer: Writer | None,
        group: list[Page],
        top: float,
        font_id: str,
        language: str,
        voice: str | None,
        wpm: int,
        speech: Speech,
    ) -> EpubPage:
        style = PageStyle.resolve(self.library, piece)
        partss = [page_parts(page, piece, style) for page in group]
        width = max(parts.size[0] for parts in partss)
        height = top + sum(parts.size[1] for parts in partss) + LIST_GAP * (len(partss) - 1)
        image, painter = new_image(width, height)
        name = self.next_name()
        # A page in the writer's other language says so (xml:lang) and is read in its voice.
        languages = [page_language(source.extras, language) for source in group]
        shared = set(languages)
        page_code = shared.pop() if len(shared) == 1 else language
        # What the picture is, in the page's own language.
        alt = picture_description(group, page_code, writer.name if writer else "")
        page = EpubPage(name, "", round(width), round(height), b"", alt, tag(page_code))
        if top and writer is not None:
            self._band(page, painter, writer, width)
        y = top
        words = 0
        for source, parts, source_code in zip(group, partss, languages, strict=True):
            other = plain_code(source_code) != plain_code(language)
            painter.save()
            painter.translate(0, y)
            paint_page_picture(painter, self.pictures, source, piece)
            painter.restore()
            recorded = self._recording(source) if parts.spoken else None
            lit = ""  # a recorded page lights its words' box while the child's voice plays
            for block in parts.blocks:
                if recorded and not lit and block.role == "child":
                    lit = f"voice{len(page.pars) + 1}"
                    element_id = lit
                else:
                    element_id = ""
                font = font_id if block.role == "child" else "andika"
                tagged = tag(source_code) if other and block.role in ("child", "grown-up") else ""
                page.blocks.append(PlacedBlock(0, y, block, font, words, tagged, element_id=element_id))
            if recorded is not None:
                name, ms = recorded
                page.pars.append(Par(lit, name, 0, ms))
            elif self.speaks and parts.spoken:
                assert self.narrator is not None
                in_voice = (self.narrator.voice_in(plain_code(source_code) or "en") or voice) if other else voice
                spoken = self.narrator.speak(parts.narration, in_voice, wpm)
                start = speech.add(spoken) if spoken is not None and len(spoken.words) == len(parts.spoken) else None
                if spoken is not None and start is not None:
                    clips = word_clips([w.ms for w in spoken.words], spoken.duration_ms)
                    page.pars.extend(
                        Par(f"w{words + number + 1}", speech.name, start + begin, start + end)
                        for number, (begin, end) in enumerate(clips)
                    )
            words += len(parts.spoken)
            y += parts.size[1] + LIST_GAP
        painter.end()
        page.image_format = picture_format(group)
        page.image = image_bytes(image, "PNG" if page.image_format == "png" else "JPEG")
        return page

    def _recording(self, page: Page) -> tuple[str, int] | None:
        """The page's own recording (my voice) as (audio file name, ms), put in the book once."""
        recording = recording_of(page.extras)
        if recording is None or not self.speaks_recordings:
            return None
        name = f"{recording.media}.m4a"
        if name not in self.audio_names:
            data = self.library.media(recording.media)
            try:
                ms = mp4_duration_ms(data) if data else 0
            except NotARecording:
                ms = 0
            if not data or ms <= 0:
                return None
            self.writer.add_audio(name, data)
            self.audio_names.append(name)
            self._recorded_ms[name] = ms
        return name, min(recording.ms, self._recorded_ms[name]) or self._recorded_ms[name]

    def _band(self, page: EpubPage, painter: QPainter, writer: Writer, width: float) -> None:
        painter.fillRect(QRectF(0, 0, width, BAND), QColor(BAND_COLOUR))
        paint_avatar(painter, writer.avatar, QRectF(40, 15, BAND - 30, BAND - 30))
        page.labels.append(Label(BAND + 30, 30, width - BAND - 70, BAND - 60, writer.name, 90, centre=False))

    def _encode(self, speech: Speech, pages: list[EpubPage]) -> None:
        data = speech.finish()
        if data is None:
            if speech.error:
                log.warning("a talking book's voice could not be made: %s", speech.error)
                problem = worded(speech.error)
                if problem not in self.problems:
                    self.problems.append(problem)
            for page in pages:  # the words stay (and any child's recording); the voice is missing
                page.pars = [par for par in page.pars if par.audio != speech.name]
            return
        # The file may be a few ms longer than the speech (whole AAC frames), never shorter.
        duration = m4a_duration_ms(data)
        for page in pages:
            page.pars = [
                replace(par, end=min(par.end, duration)) if par.audio == speech.name else par for par in page.pars
            ]
        self.writer.add_audio(speech.name, data)
        self.audio_names.append(speech.name)

    def finish(self, title: str, creators: list[str], language: str, identifier: str | None = None) -> Path:
        book = EpubBook(
            identifier=identifier or f"urn:uuid:{uuid.uuid4()}",
            title=title,
            creators=creators,
            language=language,
            modified=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            pages=self.pages,
            toc=self.toc or [(p.title, p.name) for p in self.pages],
            fonts=self.fonts,
            audio=list(self.audio_names),
        )
        self.writer.finish(book)
        return self.destination


def export_talking_book(
    library: Library, piece_id: str, destination: Path | str, job: Job | None = None, audio: bool = True
) -> Path:
    """One piece as a talking book at `destination`."""
    piece = library.piece(piece_id)
    if piece is None:
        raise KeyError(piece_id)
    writer = library.writer(piece.writer_id)
    pages = library.pages(piece_id)
    if not pages:
        raise ValueError(NO_PAGES)
    job = job or Job()
    job.total = len(page_groups(piece, pages)) + 1
    identifier = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'writing-nook:{piece.id}:{piece.revision}')}"
    with TalkingBookMaker(library, Path(destination), job, audio) as maker:
        maker.add_piece(piece, writer)
        job.step()
        # A piece wholly in the writer's other language is a book in that language.
        language = words_language(library, piece.id)
        with phrases_in(language):
            title = piece.title or kind_title(piece.kind)
        return maker.finish(title, [writer.name] if writer and writer.name else [], tag(language), identifier)
