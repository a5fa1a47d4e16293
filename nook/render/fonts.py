"""The bundled fonts, and words fitted into their boxes and drawn as real text."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QTextLayout, QTextLine, QTextOption

from nook.assets import asset_path, manifest
from nook.render.layout import TextBox

FITTED_SIZES_KEPT = 512  # per style: every box of an open piece, many times over
FIT_GUESSES = 6  # sizes guessed from how tall the words were, when fitting a box; then it halves

_loaded_families: dict[str, str] = {}
_tried: set[str] = set()  # font ids whose files were added (or could not be)


def _load(spec: dict[str, Any]) -> None:
    """Add one bundled font's files to Qt, once."""
    if spec["id"] in _tried:
        return
    _tried.add(spec["id"])
    family = None
    for filename in spec["files"]:
        font_id = QFontDatabase.addApplicationFont(str(asset_path("fonts", filename)))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family:
        _loaded_families[spec["id"]] = family


@cache
def _font_specs() -> dict[str, dict[str, Any]]:
    return {spec["id"]: spec for spec in manifest("fonts/fonts.json")["fonts"]}


def load_fonts() -> dict[str, str]:
    """Load every bundled font once; returns font id -> family name Qt knows it by."""
    for spec in _font_specs().values():
        _load(spec)
    return dict(_loaded_families)


def family_for(font_id: str) -> str:
    """The Qt family for a bundled font id, falling back to Andika. Only the fonts asked
    for are loaded: a start whose writers all write in Andika loads no other."""
    for wanted in (font_id, "andika"):
        family = _loaded_families.get(wanted)
        if family is None and wanted not in _tried and wanted in _font_specs():
            _load(_font_specs()[wanted])
            family = _loaded_families.get(wanted)
        if family is not None:
            return family
    return QFont().family()


def make_font(family: str, pixel_size: int, all_caps: bool) -> QFont:
    """The font words are drawn in: unhinted (it scales with the page), no ligatures."""
    font = QFont(family)
    font.setPixelSize(max(1, int(pixel_size)))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No ligatures: "fi" drawn as one glyph cannot be read back from a PDF (search,
    # copy, screen readers), and a child learning letters should see each one.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    if all_caps:
        font.setCapitalization(QFont.Capitalization.AllUppercase)
    return font


# Where plain text starts a new paragraph, as QTextDocument.setPlainText splits it.
_PARAGRAPHS = re.compile("[\n\r\u2029\ufdd0\ufdd1]")


class LaidText:
    """Plain text laid out in `width`, wrapped at words (or anywhere in a long word): one
    QTextLayout a paragraph, the lines placed one under another from y = 0.

    Not a QTextDocument, though it lays out and draws exactly as one does (the same
    lines and pixels): a QTextDocument is a QObject that connects signals as it lays
    out, and Qt's signal-slot locks are shared by address across threads. Laid out in
    the shelf's cover thread, which holds Python's lock through the call, that froze the
    app when the UI thread, holding one of those locks, waited for Python's (seen as a
    hung test run). A QTextLayout takes no such lock, so words are laid out the same in
    any thread."""

    def __init__(self, text: str, font: QFont, width: float, centre: bool) -> None:
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._paragraphs: list[tuple[int, QTextLayout]] = []  # (where it starts in the text, its layout)
        top, start = 0.0, 0
        for words in _PARAGRAPHS.split(text):
            layout = QTextLayout(words, font)
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                line.setPosition(QPointF(0.0, top))
                top += line.height()
            layout.endLayout()
            self._paragraphs.append((start, layout))
            start += len(words) + 1
        self._height = top

    def height(self) -> float:
        return self._height

    def lines(self) -> Iterator[tuple[int, QTextLine]]:
        """Each line, top to bottom, with where its paragraph starts in the text (the
        line's own `textStart` counts from there; its `y` from the top of the text)."""
        for start, layout in self._paragraphs:
            for number in range(layout.lineCount()):
                yield start, layout.lineAt(number)

    def line_count(self) -> int:
        return sum(layout.lineCount() for _start, layout in self._paragraphs)

    def draw(self, painter: QPainter, colour: QColor, clip: QRectF) -> None:
        """Draw the words in `colour` with their top left at the painter's origin; lines
        wholly outside `clip` are skipped (the painter's own clip cuts the rest)."""
        painter.setPen(colour)
        for _start, layout in self._paragraphs:
            layout.draw(painter, QPointF(0.0, 0.0), [], clip)


def lay_out_text(text: str, font: QFont, width: float, centre: bool) -> LaidText:
    """Plain text laid out in `width` (see LaidText)."""
    return LaidText(text, font, width, centre)


FitKey = tuple[str, str, int, bool, float, float, bool, bool]
LaidKey = tuple[str, str, int, bool, float, bool]


class TextFitter:
    """Font sizes that make words fit their boxes, remembered (laying text out to find
    one takes several tries, and a page is painted many times with the same words)."""

    def __init__(self, capacity: int = FITTED_SIZES_KEPT) -> None:
        self.capacity = capacity
        self._sizes: OrderedDict[FitKey, int] = OrderedDict()
        # The words as the search last laid them out at the size it found: the paint
        # that asked for the size draws that layout, not a new one of the same.
        self._laid: tuple[LaidKey, LaidText] | None = None

    def __len__(self) -> int:
        return len(self._sizes)

    def fitted_size(
        self, text: str, family: str, base: int, caps: bool, width: float, height: float, grow: bool, centre: bool
    ) -> int:
        """The font size (page units) for a box: `base`, shrunk until the words fit; a
        growing box (signs) takes the largest size that fits."""
        key = (text, family, base, caps, width, height, grow, centre)
        size = self._sizes.get(key)
        if size is None:
            size, laid = _fit(text, family, base, caps, width, height, grow, centre)
            self._laid = ((text, family, size, caps, width, centre), laid) if laid is not None else None
            self._sizes[key] = size
            if len(self._sizes) > self.capacity:
                self._sizes.popitem(last=False)
        else:
            self._sizes.move_to_end(key)
        return size

    def laid_out(self, text: str, family: str, size: int, caps: bool, width: float, centre: bool) -> LaidText:
        """`text` laid out at `size` in `width`: the search's own layout when it has just
        found that size for these words, else a new one."""
        laid, self._laid = self._laid, None
        if laid is not None and laid[0] == (text, family, size, caps, width, centre):
            return laid[1]
        return lay_out_text(text, make_font(family, size, caps), width, centre)


def _laid_out(text: str, family: str, size: int, caps: bool, width: float, centre: bool) -> LaidText:
    return lay_out_text(text, make_font(family, size, caps), width, centre)


def _search_size(
    text: str, family: str, base: int, caps: bool, width: float, height: float, grow: bool, centre: bool
) -> int:
    return _fit(text, family, base, caps, width, height, grow, centre)[0]


def _fit(
    text: str, family: str, base: int, caps: bool, width: float, height: float, grow: bool, centre: bool
) -> tuple[int, LaidText | None]:
    """The largest size below `base` (a growing box: below its height) whose words fit, or
    12 if none does. Each size tried is a layout, and a new size a new font engine: the
    search that halved the range tried ~5 sizes a box (8 in a growing one), most of a
    cover's drawing time. Here the next size is guessed from how tall the words were at
    the last one (one line grows with the size, wrapped lines with its square), for a
    few guesses, then it halves. Words need no less room at a bigger size (the fonts are
    not hinted: they scale), so it finds the size halving found."""
    probe = text or "Wg"
    top = int(height) if grow else base
    size = base if not grow or 12 < base < top else 12
    laid = _laid_out(probe, family, size, caps, width, centre)
    measured = laid.height()
    if measured <= height and size == base and not grow:
        return base, (laid if text else None)
    low, high = 12, top  # the answer is in [low, high): low fits (or is the floor), high does not
    fitting: LaidText | None = None  # the words laid out at `low`, once tried there
    guesses = FIT_GUESSES
    while True:
        if measured <= height and size >= low:
            low, fitting = size, laid
        elif measured > height:
            high = min(high, size)
        if high - low <= 1:
            return low, (fitting if text and fitting is not None else None)
        if guesses:
            guesses -= 1
            ratio = height / max(measured, 1.0)
            guess = int(size * (ratio if laid.line_count() <= 1 else ratio**0.5))
            if guess == size:  # (it was just too big, or just fitted)
                guess += 1 if measured <= height else -1
            size = min(max(guess, low + 1), high - 1)
        else:
            size = (low + high) // 2
        laid = _laid_out(probe, family, size, caps, width, centre)
        measured = laid.height()


@dataclass(frozen=True)
class TextStyle:
    """How a page's words look: the writer's font, size, colour and capitals."""

    family: str
    size: int  # page units for scale 1.0
    colour: str
    all_caps: bool
    # Shared by the styles of one piece; not part of what a style *is*.
    fitter: TextFitter = field(default_factory=TextFitter, compare=False, repr=False)


def box_font_size(box: TextBox, text: str, style: TextStyle) -> int:
    """The font size (page units) of `text` in `box`, as painted."""
    base = max(12, int(style.size * box.scale))
    if box.single_line:
        base = min(base, int(box.rect.height() * 0.75))
    return style.fitter.fitted_size(
        text, style.family, base, style.all_caps, box.rect.width(), box.rect.height(), box.grow, box.centre
    )


def paint_text_box(painter: QPainter, box: TextBox, text: str, style: TextStyle, colour: str) -> None:
    """Draw `text` in its box as real text (painter in page units)."""
    if not text:
        return
    size = box_font_size(box, text, style)
    laid = style.fitter.laid_out(text, style.family, size, style.all_caps, box.rect.width(), box.centre)
    top = box.rect.top() + (max(0.0, (box.rect.height() - laid.height()) / 2) if box.centre else 0.0)
    clip = QRectF(0, 0, box.rect.width(), box.rect.height() - (top - box.rect.top()))
    painter.save()
    painter.translate(box.rect.left(), top)
    painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
    laid.draw(painter, QColor(colour), clip)
    painter.restore()
