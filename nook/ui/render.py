"""Drawing a page exactly as the editor shows it: for the editor itself, shelf
thumbnails, PNG and PDF export, printing and show time.

`paint_page` draws with vector operations wherever it can (strokes, shapes, stickers and
text stay vector in a PDF, text stays real text); only a picture that uses the eraser is
flattened to an image, at the resolution of the device it is drawn on.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTextDocument,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from nook.assets import asset_path, manifest
from nook.core import picture as pic
from nook.core.library import Library
from nook.core.models import Page, Piece

# -- layout ------------------------------------------------------------------------------


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
    size: QSizeF
    picture: QRectF
    texts: tuple[TextBox, ...] = ()
    tick: QRectF | None = None
    byline: QRectF | None = None
    decorations: tuple[str, ...] = field(default=())
    grown_up: QRectF | None = None  # the grown-up's line, under the words


GROWN_UP_SHARE = 0.28  # of the words box, when a grown-up line is there


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


# -- looks (signs) -----------------------------------------------------------------------


@dataclass(frozen=True)
class Look:
    background: str
    text: str | None  # None: the writer's own colour
    border: str


LOOKS: dict[str, Look] = {
    "": Look("#ffffff", None, ""),
    "warning": Look("#ffd60a", "#1b1b1b", "stripes"),
    "stop": Look("#d62828", "#ffffff", "white"),
    "welcome": Look("#e3f6ec", None, "green"),
    "celebration": Look("#fff0f7", None, "confetti"),
}
LOOK_NAMES = ("warning", "stop", "welcome", "celebration")


# -- words -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextStyle:
    family: str
    size: int  # page units for scale 1.0
    colour: str
    all_caps: bool


def text_style(library: Library, piece: Piece | None, page: Page | None = None) -> TextStyle:
    """The writer's font, size, colour and capitals for a page."""
    from nook.ui.app import family_for  # the app module owns font loading

    writer_id = piece.writer_id if piece else None
    writer = library.writer(writer_id) if writer_id else None
    size = int(library.setting("text_size", writer_id))
    if page is not None and isinstance(page.extras.get("text_size"), int | float):
        size = int(page.extras["text_size"])
    return TextStyle(
        family=family_for(str(library.setting("font", writer_id))),
        size=max(18, min(size, 120)) * 2,
        colour=writer.colour if writer else "#1f4e9c",
        all_caps=bool(library.setting("all_caps", writer_id)),
    )


def make_font(family: str, pixel_size: int, all_caps: bool) -> QFont:
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


def text_document(text: str, font: QFont, width: float, centre: bool) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    document.setTextWidth(width)
    return document


def _fits(text: str, family: str, size: int, caps: bool, width: float, height: float, centre: bool) -> bool:
    document = text_document(text, make_font(family, size, caps), width, centre)
    return document.size().height() <= height


@lru_cache(maxsize=512)
def fitted_size(
    text: str, family: str, base: int, caps: bool, width: float, height: float, grow: bool, centre: bool = False
) -> int:
    """The font size (page units) for a box: `base`, shrunk until the words fit; a
    growing box (signs) takes the largest size that fits."""
    probe = text or "Wg"
    low, high = 12, int(height) if grow else base
    if not grow and _fits(probe, family, base, caps, width, height, centre):
        return base
    if not _fits(probe, family, low, caps, width, height, centre):
        return low
    while high - low > 1:
        middle = (low + high) // 2
        if _fits(probe, family, middle, caps, width, height, centre):
            low = middle
        else:
            high = middle
    return low


def field_text(page: Page, name: str) -> str:
    if name == "words":
        return page.words
    value = page.extras.get(name)
    return value if isinstance(value, str) else ""


def box_font_size(box: TextBox, text: str, style: TextStyle) -> int:
    base = max(12, int(style.size * box.scale))
    if box.single_line:
        base = min(base, int(box.rect.height() * 0.75))
    return fitted_size(
        text, style.family, base, style.all_caps, box.rect.width(), box.rect.height(), box.grow, box.centre
    )


def paint_text_box(painter: QPainter, box: TextBox, text: str, style: TextStyle, colour: str) -> None:
    if not text:
        return
    size = box_font_size(box, text, style)
    document = text_document(text, make_font(style.family, size, style.all_caps), box.rect.width(), box.centre)
    height = document.size().height()
    top = box.rect.top() + (max(0.0, (box.rect.height() - height) / 2) if box.centre else 0.0)
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    context.palette = palette
    context.clip = QRectF(0, 0, box.rect.width(), box.rect.height() - (top - box.rect.top()))
    painter.save()
    painter.translate(box.rect.left(), top)
    painter.setClipRect(context.clip, Qt.ClipOperation.IntersectClip)
    document.documentLayout().draw(painter, context)
    painter.restore()


# -- media, stickers and caches -----------------------------------------------------------

_MEDIA_CACHE: OrderedDict[tuple[str, str, str], QImage] = OrderedDict()
_MEDIA_CACHE_SIZE = 48
_POLYGONS: OrderedDict[str, QPolygonF] = OrderedDict()
_POLYGON_CACHE_SIZE = 20000


def _cached(key: tuple[str, str, str]) -> QImage | None:
    image = _MEDIA_CACHE.get(key)
    if image is not None:
        _MEDIA_CACHE.move_to_end(key)
    return image


def _remember(key: tuple[str, str, str], image: QImage) -> QImage:
    _MEDIA_CACHE[key] = image
    while len(_MEDIA_CACHE) > _MEDIA_CACHE_SIZE:
        _MEDIA_CACHE.popitem(last=False)
    return image


def media_image(library: Library, digest: str) -> QImage | None:
    """A stored image decoded once and kept while it is in use."""
    key = (str(library.path), digest, "")
    image = _cached(key)
    if image is None:
        data = library.media(digest)
        if data is None:
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        image = _remember(key, image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied))
    return image


def fill_image(library: Library, item: dict[str, Any]) -> QImage | None:
    digest = str(item.get("media", ""))
    colour = str(item.get("color", "#000000"))
    key = (str(library.path), digest, colour)
    image = _cached(key)
    if image is None:
        data = library.media(digest)
        if data is None:
            return None
        mask = QImage.fromData(data)
        if mask.isNull():
            return None
        image = QImage(mask.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(colour))
        image.setAlphaChannel(mask.convertToFormat(QImage.Format.Format_Grayscale8))
        image = _remember(key, image)
    return image


@lru_cache(maxsize=1)
def _sticker_files() -> dict[str, str]:
    return {s["id"]: str(asset_path("stickers", s["file"])) for s in manifest("stickers/stickers.json")["stickers"]}


@lru_cache(maxsize=256)
def sticker_renderer(sticker_id: str) -> QSvgRenderer | None:
    path = _sticker_files().get(sticker_id)
    if path is None:
        return None
    renderer = QSvgRenderer(path)
    return renderer if renderer.isValid() else None


def stroke_polygon(points_text: str) -> QPolygonF:
    polygon = _POLYGONS.get(points_text)
    if polygon is None:
        polygon = QPolygonF([QPointF(x, y) for x, y in pic.decode_points(points_text)])
        _POLYGONS[points_text] = polygon
        if len(_POLYGONS) > _POLYGON_CACHE_SIZE:
            _POLYGONS.popitem(last=False)
    return polygon


# -- the picture -------------------------------------------------------------------------


def stroke_pen(colour: str, width: float, eraser: bool = False) -> QPen:
    pen = QPen(QColor("#000000" if eraser else colour))
    pen.setWidthF(max(1.0, float(width)))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def star_polygon(rect: QRectF) -> QPolygonF:
    centre = rect.center()
    rx, ry = rect.width() / 2, rect.height() / 2
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        k = 1.0 if i % 2 == 0 else 0.45
        points.append(QPointF(centre.x() + rx * k * math.cos(angle), centre.y() + ry * k * math.sin(angle)))
    return QPolygonF(points)


def heart_path(rect: QRectF) -> QPainterPath:
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    path = QPainterPath(QPointF(x + w / 2, y + h))
    path.cubicTo(x + w * 0.05, y + h * 0.62, x - w * 0.02, y + h * 0.12, x + w * 0.27, y + h * 0.06)
    path.cubicTo(x + w * 0.40, y + h * 0.03, x + w * 0.48, y + h * 0.14, x + w / 2, y + h * 0.24)
    path.cubicTo(x + w * 0.52, y + h * 0.14, x + w * 0.60, y + h * 0.03, x + w * 0.73, y + h * 0.06)
    path.cubicTo(x + w * 1.02, y + h * 0.12, x + w * 0.95, y + h * 0.62, x + w / 2, y + h)
    path.closeSubpath()
    return path


def paint_shape(painter: QPainter, item: dict[str, Any]) -> None:
    colour = QColor(str(item.get("color", "#000000")))
    pen = stroke_pen(colour.name(), float(item.get("width", 8)))
    painter.setPen(pen)
    p1 = QPointF(float(item.get("x1", 0)), float(item.get("y1", 0)))
    p2 = QPointF(float(item.get("x2", 0)), float(item.get("y2", 0)))
    rect = QRectF(p1, p2).normalized()
    kind = item.get("shape")
    if kind == "line":
        painter.drawLine(p1, p2)
    elif kind == "rectangle":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
    elif kind == "circle":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    elif kind == "star":
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(star_polygon(rect))
    elif kind == "heart":
        painter.setBrush(QBrush(colour))
        painter.drawPath(heart_path(rect))


def paint_item(painter: QPainter, item: dict[str, Any], library: Library) -> None:
    """Draw one picture item in page units. An eraser clears: draw it on an image layer."""
    kind = item.get("type")
    if kind == "stroke":
        eraser = item.get("tool") == "eraser"
        polygon = stroke_polygon(str(item.get("points", "")))
        if polygon.isEmpty():
            return
        painter.save()
        if eraser:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.setPen(stroke_pen(str(item.get("color", "#000000")), float(item.get("width", 8)), eraser))
        if polygon.size() == 1:
            painter.drawPoint(polygon.at(0))
        else:
            painter.drawPolyline(polygon)
        painter.restore()
    elif kind == "shape":
        painter.save()
        paint_shape(painter, item)
        painter.restore()
    elif kind == "fill":
        image = fill_image(library, item)
        if image is not None:
            target = QRectF(
                float(item.get("x", 0)),
                float(item.get("y", 0)),
                float(item.get("w", image.width())),
                float(item.get("h", image.height())),
            )
            painter.drawImage(target, image)
    elif kind in ("sticker", "photo"):
        w, h = pic.object_size(item)
        painter.save()
        painter.translate(float(item.get("x", 0)), float(item.get("y", 0)))
        painter.rotate(float(item.get("angle", 0)))
        target = QRectF(-w / 2, -h / 2, w, h)
        if kind == "sticker":
            renderer = sticker_renderer(str(item.get("sticker", "")))
            if renderer is not None:
                renderer.render(painter, target)
        else:
            image = media_image(library, str(item.get("media", "")))
            if image is not None:
                painter.drawImage(target, image)
        painter.restore()


def paint_items(painter: QPainter, items: list[dict[str, Any]], library: Library) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for item in items:
        paint_item(painter, item, library)


def render_layer(
    items: list[dict[str, Any]], library: Library, page_rect: QRectF, scale: float, size: QSize | None = None
) -> QImage:
    """The picture on a transparent image: `page_rect` (page units) drawn at `scale`."""
    if size is None:
        size = QSize(max(1, math.ceil(page_rect.width() * scale)), max(1, math.ceil(page_rect.height() * scale)))
    layer = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    layer.fill(Qt.GlobalColor.transparent)
    painter = QPainter(layer)
    painter.scale(scale, scale)
    painter.translate(-page_rect.topLeft())
    paint_items(painter, items, library)
    painter.end()
    return layer


def paint_picture(painter: QPainter, layout: PageLayout, items: list[dict[str, Any]], library: Library) -> None:
    """Draw the picture into its area (painter in page units)."""
    if not items:
        return
    area = layout.picture
    painter.save()
    painter.setClipRect(area, Qt.ClipOperation.IntersectClip)
    if any(item.get("type") == "stroke" and item.get("tool") == "eraser" for item in items):
        # The eraser clears pixels, which only an image can do: flatten at the
        # device's own resolution so it is as sharp as the vector version would be.
        device_scale = math.sqrt(abs(painter.transform().determinant())) or 1.0
        device_scale = min(device_scale, 4000 / max(area.width(), area.height()))
        layer = render_layer(items, library, area, device_scale)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(area, layer)
    else:
        paint_items(painter, items, library)
    painter.restore()


# -- the page ----------------------------------------------------------------------------


def _stripes(painter: QPainter, outer: QRectF, inner: QRectF) -> None:
    painter.save()
    path = QPainterPath()
    path.addRect(outer)
    hole = QPainterPath()
    hole.addRoundedRect(inner, 30, 30)
    painter.setClipPath(path.subtracted(hole))
    painter.fillRect(outer, QColor("#1b1b1b"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffd60a"))
    step = 120.0
    x = -outer.height()
    while x < outer.width():
        stripe = QPolygonF(
            [
                QPointF(x, 0),
                QPointF(x + step / 2, 0),
                QPointF(x + step / 2 + outer.height(), outer.height()),
                QPointF(x + outer.height(), outer.height()),
            ]
        )
        painter.drawPolygon(stripe)
        x += step
    painter.restore()


def paint_background(painter: QPainter, layout: PageLayout, look_name: str) -> None:
    """Paper, the sign's look, the letter's and the envelope's decorations."""
    outer = QRectF(QPointF(0, 0), layout.size)
    look = LOOKS.get(look_name, LOOKS[""])
    background = look.background
    if "letter" in layout.decorations:
        background = "#fffdf6"
    elif "envelope" in layout.decorations:
        background = "#f6e7c8"
    painter.fillRect(outer, QColor(background))
    inner = outer.adjusted(50, 50, -50, -50)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if look.border == "stripes":
        _stripes(painter, outer, inner.adjusted(10, 10, -10, -10))
    elif look.border == "white":
        pen = QPen(QColor("#ffffff"), 24)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(outer.adjusted(30, 30, -30, -30), 60, 60)
    elif look.border == "green":
        painter.setPen(QPen(QColor("#2a9d8f"), 28))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(outer.adjusted(24, 24, -24, -24), 50, 50)
    elif look.border == "confetti":
        colours = ["#ff595e", "#ffca3a", "#8ac926", "#1982c4", "#6a4c93"]
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(90):  # deterministic, so every drawing of the page is the same
            x = (i * 379) % int(outer.width())
            y = (i * 211) % int(outer.height())
            if inner.adjusted(20, 20, -20, -20).contains(QPointF(x, y)):
                continue
            painter.setBrush(QColor(colours[i % len(colours)]))
            painter.drawEllipse(QPointF(x, y), 14 + (i % 3) * 6, 14 + (i % 3) * 6)
    if "envelope" in layout.decorations:
        painter.setPen(QPen(QColor("#c9a66b"), 6))
        painter.drawLine(QPointF(0, 0), QPointF(outer.width() / 2, outer.height() * 0.42))
        painter.drawLine(QPointF(outer.width(), 0), QPointF(outer.width() / 2, outer.height() * 0.42))
        painter.setPen(QPen(QColor("#9b7b47"), 6, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#fffaf0"))
        painter.drawRect(layout.picture.adjusted(-10, -10, 10, 10))
    painter.restore()


def paint_tick(painter: QPainter, rect: QRectF, ticked: bool) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#7a5a1e"), 12))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(rect, 36, 36)
    if ticked:
        pen = QPen(QColor("#2e9e44"), 30)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(x + w * 0.2, y + h * 0.55),
                    QPointF(x + w * 0.42, y + h * 0.78),
                    QPointF(x + w * 0.82, y + h * 0.22),
                ]
            )
        )
    painter.restore()


def words_colour(style: TextStyle, look_name: str) -> str:
    look = LOOKS.get(look_name, LOOKS[""])
    return look.text or style.colour


def byline_text(library: Library, piece: Piece | None) -> str:
    writer = library.writer(piece.writer_id) if piece else None
    return f"by {writer.name}" if writer and writer.name else ""


def paint_page_content(
    painter: QPainter,
    library: Library,
    page: Page,
    piece: Piece | None,
    items: list[dict[str, Any]] | None = None,
    words: bool = True,
    picture: bool | QImage = True,
) -> None:
    """Draw a page in page units (the painter already scaled to the page).

    `picture` may be an image of the picture already drawn (the editor's layer), which
    is then used instead of drawing every stroke again."""
    kind = piece.kind if piece else "book"
    look = piece.look if piece and page.role == "sign" else ""
    layout = layout_for(kind, page)
    painter.save()
    painter.setClipRect(QRectF(QPointF(0, 0), layout.size), Qt.ClipOperation.IntersectClip)
    paint_background(painter, layout, look)
    if isinstance(picture, QImage):
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(layout.picture, picture)
        painter.restore()
    elif picture:
        paint_picture(painter, layout, pic.items_of(page.picture) if items is None else items, library)
    if layout.tick is not None:
        paint_tick(painter, layout.tick, bool(page.extras.get("ticked")))
    style = text_style(library, piece, page)
    if layout.byline is not None:
        text = byline_text(library, piece)
        if text:
            box = TextBox("byline", layout.byline, scale=0.7, centre=True)
            paint_text_box(painter, box, text, style, "#6b5a3a")
    if layout.grown_up is not None:
        # The conventional spelling, smaller and grey: beside the child's words, never instead.
        box = TextBox("grown_up_line", layout.grown_up, scale=0.6, centre=box_centre(layout))
        grey = "#f2f2f2" if look == "stop" else "#6b6b6b"
        paint_text_box(painter, box, str(page.extras["grown_up_line"]), replace(style, all_caps=False), grey)
    if words:
        colour = words_colour(style, look)
        for box in layout.texts:
            paint_text_box(painter, box, field_text(page, box.field), style, colour)
    painter.restore()


def box_centre(layout: PageLayout) -> bool:
    return any(box.centre for box in layout.texts if box.field == "words")


def page_rect_in(rect: QRectF, size: QSizeF) -> tuple[QRectF, float]:
    """The page's size fitted (kept in proportion, centred) into `rect`, and the scale."""
    scale = min(rect.width() / size.width(), rect.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    return QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h), scale


def paint_page(
    painter: QPainter, rect: QRectF, library: Library, page: Page, piece: Piece | None = None, words: bool = True
) -> None:
    """Draw `page` fitted into `rect` (in the painter's coordinates), vector where possible."""
    if piece is None:
        piece = library.piece(page.piece_id)
    kind = piece.kind if piece else "book"
    target, scale = page_rect_in(rect, page_layout(kind, page.role).size)
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(scale, scale)
    paint_page_content(painter, library, page, piece, words=words)
    painter.restore()


def render_page(library: Library, page: Page, size: QSize, piece: Piece | None = None) -> QImage:
    """The page as an image of `size` (page kept in proportion, the rest transparent)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_page(painter, QRectF(0, 0, size.width(), size.height()), library, page, piece)
    painter.end()
    return image
