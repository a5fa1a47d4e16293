"""Writing an EPUB 3 file: fixed-layout pages (a picture with real text over it), EPUB
Media Overlays (SMIL) that light each word as it is heard, the fonts embedded.

This module knows the format and nothing of the library: `talking_book` fills an
`EpubBook` and hands it here. Checked by epubcheck (tests).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from nook.core.safe_files import temporary_beside
from nook.export.page_parts import TextBlock
from nook.export.xml_text import base_direction, dir_where_it_differs, escape, quoteattr

LIT_CLASS = "nook-lit"  # the class a reader gives the word being heard
OPS = "EPUB"


@dataclass(frozen=True)
class Label:
    """A line of text the book adds (a writer's name, a title): real text, one line."""

    x: float
    y: float
    width: float
    height: float
    text: str
    font_px: int
    colour: str = "#3d3224"
    centre: bool = True
    href: str | None = None


@dataclass(frozen=True)
class Par:
    """One step of a page's overlay: the element lit (`w3`: a word) while a clip of an
    audio file plays (ms from its start)."""

    text_id: str
    audio: str  # file name in audio/
    begin: int
    end: int


@dataclass(frozen=True)
class PlacedBlock:
    """A page's text box placed on an e-book page, its words numbered from `first_word`."""

    dx: float
    dy: float
    block: TextBlock
    font: str  # key into EpubBook.fonts
    first_word: int = 0
    language: str = ""
    element_id: str = ""  # for a page read by its recording: the box lit meanwhile


@dataclass
class EpubPage:
    name: str  # file stem, e.g. "p0001"
    title: str
    width: int
    height: int
    image: bytes  # JPEG of everything but the text
    alt: str
    language: str
    blocks: list[PlacedBlock] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    pars: list[Par] = field(default_factory=list)  # the overlay, in reading order
    image_format: str = "jpg"  # "png" for drawings (flat colours), "jpg" where there are photos

    @property
    def image_file(self) -> str:
        return f"{self.name}.{self.image_format}"


@dataclass
class EpubBook:
    identifier: str
    title: str
    creators: list[str]
    language: str
    modified: str  # CCYY-MM-DDThh:mm:ssZ
    pages: list[EpubPage]
    toc: list[tuple[str, str]]  # (label, page name)
    fonts: dict[str, Path]  # css family key -> font file
    audio: list[str] = field(default_factory=list)  # file names in audio/ (AAC .m4a)


def clock(ms: int) -> str:
    """A SMIL clock value: h:mm:ss.fff."""
    hours, rest = divmod(max(0, int(ms)), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _px(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") + "px"


def _font_type(path: Path) -> str:
    return "font/otf" if path.suffix.lower() == ".otf" else "font/ttf"


def element_ids(page: EpubPage) -> set[str]:
    """The ids an overlay may light on this page: each word, and boxes given an id."""
    ids = {placed.element_id for placed in page.blocks if placed.element_id}
    for placed in page.blocks:
        for line in placed.block.lines:
            ids.update(f"w{placed.first_word + index + 1}" for _text, index in line.runs if index is not None)
    return ids


def page_xhtml(page: EpubPage) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n',
        f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        f'xml:lang={quoteattr(page.language)} lang={quoteattr(page.language)}>\n<head>\n<meta charset="utf-8"/>\n',
        f"<title>{escape(page.title)}</title>\n",
        f'<meta name="viewport" content="width={page.width}, height={page.height}"/>\n',
        '<link rel="stylesheet" type="text/css" href="../style.css"/>\n</head>\n<body>\n',
        f'<div class="sheet" id="sheet" style="width:{page.width}px;height:{page.height}px">\n',
        f'<img class="picture" src="../images/{page.image_file}" alt={quoteattr(page.alt)} '
        f'style="width:{page.width}px;height:{page.height}px"/>\n',
    ]
    for placed in page.blocks:
        out.append(_block_html(placed))
    for label in page.labels:
        style = (
            f"left:{_px(label.x)};top:{_px(label.y)};width:{_px(label.width)};height:{_px(label.height)};"
            f"font-size:{label.font_px}px;line-height:{_px(label.height)};color:{label.colour}"
        )
        text = escape(label.text)
        if label.href:
            text = f"<a href={quoteattr(label.href)}>{text}</a>"
        align = " centre" if label.centre else ""
        out.append(f'<p class="label{align}" style="{style}">{text}</p>\n')
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def _block_html(placed: PlacedBlock) -> str:
    block = placed.block
    rect = block.rect
    classes = ["box", f"role-{block.role}", f"font-{placed.font}"]
    if block.centre:
        classes.append("centre")
    if block.all_caps:
        classes.append("caps")
    style = (
        f"left:{_px(rect.x() + placed.dx)};top:{_px(rect.y() + placed.dy)};width:{_px(rect.width())};"
        f"height:{_px(rect.height())};font-size:{block.font_px}px;color:{block.colour}"
    )
    language = f" xml:lang={quoteattr(placed.language)} lang={quoteattr(placed.language)}" if placed.language else ""
    element_id = f' id="{placed.element_id}"' if placed.element_id else ""
    out = [f'<div{element_id} class="{" ".join(classes)}" style="{style}"{language}>\n']
    for line in block.lines:
        parts = []
        for text, index in line.runs:
            if index is None:
                parts.append(escape(text))
            else:
                parts.append(f'<span id="w{placed.first_word + index + 1}">{escape(text)}</span>')
        out.append(
            f'<p class="line" style="top:{_px(line.top)};height:{_px(line.height)};line-height:{_px(line.height)}">'
            f"{''.join(parts)}</p>\n"
        )
    out.append("</div>\n")
    return "".join(out)


def smil(page: EpubPage) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">\n'
        f'<body>\n<seq id="seq-{page.name}" epub:textref="../pages/{page.name}.xhtml#sheet">\n'
    ]
    for number, par in enumerate(page.pars, start=1):
        out.append(
            f'<par id="par-{number}"><text src="../pages/{page.name}.xhtml#{par.text_id}"/>'
            f'<audio src="../audio/{par.audio}" clipBegin="{clock(par.begin)}" clipEnd="{clock(par.end)}"/></par>\n'
        )
    out.append("</seq>\n</body>\n</smil>\n")
    return "".join(out)


def style_css(book: EpubBook) -> str:
    fonts = "".join(
        f'@font-face {{ font-family: "nook-{key}"; src: url("fonts/{path.name}"); }}\n'
        for key, path in book.fonts.items()
    )
    families = "".join(f'.font-{key} {{ font-family: "nook-{key}", sans-serif; }}\n' for key in book.fonts)
    label_font = next(iter(book.fonts), "")
    return (
        fonts + families + "html, body { margin: 0; padding: 0; }\n"
        ".sheet { position: relative; overflow: hidden; background: #ffffff; }\n"
        ".picture { position: absolute; left: 0; top: 0; }\n"
        ".box { position: absolute; overflow: hidden; }\n"
        ".line { position: absolute; left: 0; right: 0; margin: 0; padding: 0; white-space: pre; }\n"
        ".label { position: absolute; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n"
        f'.label {{ font-family: "nook-{label_font}", sans-serif; }}\n'
        ".label a { color: inherit; text-decoration: none; }\n"
        ".centre { text-align: center; }\n"
        ".caps { text-transform: uppercase; }\n"
        f".{LIT_CLASS} {{ background-color: #ffe66d; border-radius: 0.2em; }}\n"
    )


def _has_overlay(page: EpubPage) -> bool:
    return bool(page.pars)


def package_opf(book: EpubBook) -> str:
    overlays = [p for p in book.pages if _has_overlay(p)]
    durations = {p.name: sum(par.end - par.begin for par in p.pars) for p in overlays}
    base = base_direction(book.language)
    meta = [
        f'<dc:identifier id="book-id">{escape(book.identifier)}</dc:identifier>',
        f"<dc:title{dir_where_it_differs(book.title, base)}>{escape(book.title)}</dc:title>",
        *(
            f"<dc:creator{dir_where_it_differs(name, base)}>{escape(name)}</dc:creator>"
            for name in book.creators
            if name
        ),
        f"<dc:language>{escape(book.language)}</dc:language>",
        f'<meta property="dcterms:modified">{book.modified}</meta>',
        '<meta property="rendition:layout">pre-paginated</meta>',
        '<meta property="rendition:spread">none</meta>',
    ]
    if overlays:
        meta += [f'<meta property="media:duration" refines="#smil-{n}">{clock(d)}</meta>' for n, d in durations.items()]
        meta.append(f'<meta property="media:duration">{clock(sum(durations.values()))}</meta>')
        meta.append(f'<meta property="media:active-class">{LIT_CLASS}</meta>')
    items = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="css" href="style.css" media-type="text/css"/>',
    ]
    for key, path in book.fonts.items():
        items.append(f'<item id="font-{key}" href="fonts/{path.name}" media-type="{_font_type(path)}"/>')
    for number, page in enumerate(book.pages):
        cover = ' properties="cover-image"' if number == 0 else ""
        kind = "image/png" if page.image_format == "png" else "image/jpeg"
        items.append(f'<item id="img-{page.name}" href="images/{page.image_file}" media-type="{kind}"{cover}/>')
        overlay = f' media-overlay="smil-{page.name}"' if _has_overlay(page) else ""
        items.append(
            f'<item id="{page.name}" href="pages/{page.name}.xhtml" media-type="application/xhtml+xml"{overlay}/>'
        )
        if _has_overlay(page):
            smil_type = "application/smil+xml"
            items.append(f'<item id="smil-{page.name}" href="smil/{page.name}.smil" media-type="{smil_type}"/>')
    for number, name in enumerate(book.audio, start=1):
        items.append(f'<item id="audio-{number}" href="audio/{name}" media-type="audio/mp4"/>')
    spine = "".join(f'<itemref idref="{page.name}"/>\n' for page in book.pages)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" '
        f'xml:lang={quoteattr(book.language)} dir="{base}" prefix="rendition: http://www.idpf.org/vocab/rendition/#">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n' + "\n".join(meta) + "\n</metadata>\n"
        "<manifest>\n" + "\n".join(items) + "\n</manifest>\n"
        f"<spine>\n{spine}</spine>\n</package>\n"
    )


def nav_xhtml(book: EpubBook) -> str:
    entries = "".join(f'<li><a href="pages/{name}.xhtml">{escape(label)}</a></li>\n' for label, name in book.toc)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        f"xml:lang={quoteattr(book.language)} lang={quoteattr(book.language)}>\n"
        f'<head>\n<meta charset="utf-8"/>\n<title>{escape(book.title)}</title>\n</head>\n<body>\n'
        f'<nav epub:type="toc" id="toc">\n<h1>{escape(book.title)}</h1>\n<ol>\n{entries}</ol>\n</nav>\n'
        "</body>\n</html>\n"
    )


CONTAINER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    f'<rootfiles><rootfile full-path="{OPS}/package.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles>\n</container>\n"
)


class EpubWriter:
    """Writes a book into a temporary file beside `destination` page by page (a class
    book's pictures never all sit in memory), and renames it into place at `finish`.
    Leaving the `with` block without `finish` (an error, a cancel) leaves nothing."""

    def __init__(self, destination: Path) -> None:
        self.destination = Path(destination)
        self._temp_context = temporary_beside(self.destination)
        self._file: BinaryIO | None = None
        self._archive: zipfile.ZipFile | None = None
        self.finished = False

    def __enter__(self) -> EpubWriter:
        temp = self._temp_context.__enter__()
        try:
            self._file = temp.open("wb")
            self._archive = zipfile.ZipFile(self._file, "w")
            # The mimetype comes first and uncompressed, so a reader can recognise the file.
            self._archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", zipfile.ZIP_STORED)
            self._archive.writestr("META-INF/container.xml", CONTAINER, zipfile.ZIP_DEFLATED)
        except BaseException as error:  # a full disk at the first bytes: the empty file goes too
            self.__exit__(type(error), error, error.__traceback__)
            raise
        return self

    def add_page(self, page: EpubPage) -> None:
        """Write one page (its text, picture and overlay); its picture is then let go."""
        assert self._archive is not None
        deflate = zipfile.ZIP_DEFLATED
        missing = {par.text_id for par in page.pars} - element_ids(page)
        if missing:
            raise ValueError(f"page {page.name}: the overlay lights {sorted(missing)}, which are not on it")
        self._archive.writestr(f"{OPS}/pages/{page.name}.xhtml", page_xhtml(page), deflate)
        self._archive.writestr(f"{OPS}/images/{page.image_file}", page.image, zipfile.ZIP_STORED)
        if _has_overlay(page):
            self._archive.writestr(f"{OPS}/smil/{page.name}.smil", smil(page), deflate)
        page.image = b""

    def add_audio(self, name: str, data: bytes) -> None:
        assert self._archive is not None
        self._archive.writestr(f"{OPS}/audio/{name}", data, zipfile.ZIP_STORED)

    def finish(self, book: EpubBook) -> None:
        """The package document, contents and fonts; the book is complete."""
        assert self._archive is not None
        deflate = zipfile.ZIP_DEFLATED
        self._archive.writestr(f"{OPS}/package.opf", package_opf(book), deflate)
        self._archive.writestr(f"{OPS}/nav.xhtml", nav_xhtml(book), deflate)
        self._archive.writestr(f"{OPS}/style.css", style_css(book), deflate)
        for path in book.fonts.values():
            self._archive.write(path, f"{OPS}/fonts/{path.name}", deflate)
        self.finished = True

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        closing = self._close()
        if error is None and closing is not None:
            # Finished, but its last bytes (the zip's directory) found the disk full.
            error, kind, trace = closing, type(closing), closing.__traceback__
        elif error is None and not self.finished:
            error = RuntimeError("the book was not finished")
            kind = RuntimeError
        # temporary_beside renames the file into place only when no error is passed in,
        # and takes the half file away when one is.
        self._temp_context.__exit__(kind, error, trace)
        if closing is not None and error is closing:
            raise closing

    def _close(self) -> OSError | ValueError | None:
        """Close the zip and its file, whatever state a failed write left them in; the
        error closing them met (a full disk), if any."""
        archive, handle = self._archive, self._file
        self._archive = self._file = None
        failed: OSError | ValueError | None = None
        if archive is not None:
            try:
                archive.close()
            except (OSError, ValueError) as error:  # ValueError: a write cut short, its entry left open
                failed = error
                archive.fp = None  # nothing more is written to it (nor tried again when it is freed)
        if handle is not None:
            try:
                handle.close()
            except OSError as error:
                failed = failed or error
        return failed
