"""Where things go on a page: the picture's area and the boxes for the words, in page
units (a book page is 1600 x 1200), for every kind and role of page."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF, QSizeF

from nook.core import picture as pic
from nook.core.models import Page

GROWN_UP_SHARE = 0.28  # of the words box, when a grown-up line is there


@dataclass(frozen=True)
class TextBox:
    """Where one typed field goes: `field` is "words" or an extras key (greeting ...)."""

    field: str
    rect: QRectF
    scale: float = 1.0  # relative to the writer's text size
    grow: bool = False  # a sign's words grow to fill the space
    centre: bool = False  # centred both ways (titles, signs)
    single_line: bool = False
    phrase: str = "Your words"  # what the box says when a talking button asks


@dataclass(frozen=True)
class PageLayout:
    """A page's size and the places on it, in page units."""

    size: QSizeF
    picture: QRectF
    texts: tuple[TextBox, ...] = ()
    tick: QRectF | None = None
    byline: QRectF | None = None
    decorations: tuple[str, ...] = field(default=())
    grown_up: QRectF | None = None  # the grown-up's line, under the words


def layout_for(kind: str, page: Page) -> PageLayout:
    """The page's layout, with room under the words for a grown-up line if it has one."""
    layout = page_layout(kind, page.role)
    line = page.extras.get("grown_up_line")
    if not (isinstance(line, str) and line.strip()):
        return layout
    texts = []
    grown_up = None
    for box in layout.texts:
        if box.field == "words" and grown_up is None:
            rect = box.rect
            share = rect.height() * GROWN_UP_SHARE
            texts.append(replace(box, rect=QRectF(rect.x(), rect.y(), rect.width(), rect.height() - share)))
            grown_up = QRectF(rect.x(), rect.bottom() - share, rect.width(), share)
        else:
            texts.append(box)
    return replace(layout, texts=tuple(texts), grown_up=grown_up)


def page_layout(kind: str, role: str) -> PageLayout:
    """Where the picture and the words go on a page of this kind and role."""
    w, h = pic.page_size(kind, role)
    size = QSizeF(w, h)
    if kind == "list":
        title = role == "cover"
        return PageLayout(
            size,
            picture=QRectF(1200, 20, 360, 360),
            texts=(
                TextBox(
                    "words",
                    QRectF(60 if title else 290, 30, 1100 if title else 880, 340),
                    scale=1.3 if title else 1.0,
                    centre=title,
                    phrase="The list's name" if title else "A thing on the list",
                ),
            ),
            tick=None if title else QRectF(50, 100, 200, 200),
        )
    if role == "cover":
        return PageLayout(
            size,
            picture=QRectF(60, 400, 1480, 760),
            texts=(TextBox("words", QRectF(60, 40, 1480, 260), scale=1.5, centre=True, phrase="Your book's name"),),
            byline=QRectF(60, 305, 1480, 80),
        )
    if role == "sign":
        return PageLayout(
            size,
            picture=QRectF(90, 90, 1420, 500),
            texts=(TextBox("words", QRectF(90, 620, 1420, 490), grow=True, centre=True, phrase="Your sign's words"),),
        )
    if role == "letter":
        return PageLayout(
            size,
            picture=QRectF(40, 40, 560, 1120),
            texts=(
                TextBox("greeting", QRectF(660, 40, 900, 130), single_line=True, phrase="Dear"),
                TextBox("words", QRectF(660, 190, 900, 700), phrase="Your letter"),
                TextBox("closing", QRectF(880, 910, 680, 250), phrase="Love"),
            ),
            decorations=("letter",),
        )
    if role == "envelope":
        return PageLayout(
            size,
            picture=QRectF(1250, 60, 290, 330),
            texts=(
                TextBox("from", QRectF(60, 60, 800, 260), scale=0.8, phrase="From"),
                TextBox("to", QRectF(420, 470, 1000, 440), scale=1.2, phrase="To"),
            ),
            decorations=("envelope",),
        )
    return PageLayout(
        size,
        picture=QRectF(40, 40, 1520, 760),
        texts=(TextBox("words", QRectF(60, 830, 1480, 330)),),
    )


def box_centre(layout: PageLayout) -> bool:
    """Whether the page's words are centred (the grown-up line follows them)."""
    return any(box.centre for box in layout.texts if box.field == "words")


def field_text(page: Page, name: str) -> str:
    """What is typed in one field of a page ("words" or an extras key)."""
    if name == "words":
        return page.words
    value = page.extras.get(name)
    return value if isinstance(value, str) else ""


def page_rect_in(rect: QRectF, size: QSizeF) -> tuple[QRectF, float]:
    """The page's size fitted (kept in proportion, centred) into `rect`, and the scale."""
    scale = min(rect.width() / size.width(), rect.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    return QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h), scale
