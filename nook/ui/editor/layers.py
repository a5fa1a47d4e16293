"""Pictures the editor keeps so it never draws all strokes again when it need not: the
drawn layers of pages turned away from, and the page strip's thumbnails."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from nook import render
from nook.core import recordings
from nook.ui.editor.model import Item, PageState
from nook.ui.editor.piece import PieceModel
from nook.ui.kit.voice_badge import badge_image

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView

LAYER_CACHE_PAGES = 6


def same_items(a: list[Item], b: list[Item]) -> bool:
    """The same picture items (items are never changed in place, only replaced)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


class LayerCache:
    """The drawn pictures of the last few pages shown, so turning back is instant."""

    def __init__(self, pages: int = LAYER_CACHE_PAGES) -> None:
        self.pages = pages
        self._layers: OrderedDict[str, tuple[list[Item], QImage]] = OrderedDict()

    def keep(self, state: PageState, layer: QImage) -> None:
        """Remember a page's drawn picture as its view goes."""
        self._layers[state.id] = (list(state.items), layer)
        self._layers.move_to_end(state.id)
        while len(self._layers) > self.pages:
            self._layers.popitem(last=False)

    def cached(self, state: PageState, size: QSize) -> QImage | None:
        """The page's picture at `size`, if kept and the page has not changed since."""
        entry = self._layers.get(state.id)
        if entry is None or entry[1].size() != size or not same_items(entry[0], state.items):
            return None
        return entry[1]

    def clear(self) -> None:
        self._layers.clear()

    def __len__(self) -> int:
        return len(self._layers)


class Thumbnails:
    """A page's thumbnail for the strip; drawn again only when the page changed, and
    from the editor's picture layer when the page is on screen (never all strokes again)."""

    def __init__(self, piece: PieceModel, height: int, view_for: Callable[[PageState], PageView | None]) -> None:
        self.piece = piece
        self.height = height
        self._view_for = view_for
        self._thumbs: dict[str, tuple[tuple[str, str, str, str], list[Item], QPixmap]] = {}

    def thumbnail(self, index: int) -> QPixmap:
        piece = self.piece
        state = piece.states[index]
        key = (state.words, repr(sorted(state.extras.items())), piece.look, state.role)
        cached = self._thumbs.get(state.id)
        if cached is not None and cached[0] == key and same_items(cached[1], state.items):
            return cached[2]
        size = render.page_layout(piece.kind, state.role).size
        width = int(self.height * size.width() / size.height())
        view = self._view_for(state)
        layer: QImage | None = None
        placeholder = False
        if view is not None and view.width() > 0:
            if view.layer_complete():
                layer = view.layer()
            elif cached is not None:
                return cached[2]  # the old one until the picture is drawn (layer_ready)
            else:
                placeholder = True
        image = QImage(QSize(width * 2, self.height * 2), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target, scale = render.page_rect_in(QRectF(0, 0, image.width(), image.height()), size)
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        picture: QImage | bool = layer if layer is not None else not placeholder
        render.paint_page_content(
            painter, state.as_page(index), piece.piece, piece.page_style, piece.pictures, picture=picture
        )
        painter.end()
        if recordings.recording_of(state.extras) is not None:
            badge_image(image)  # this page has my voice on it
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(2.0)
        if not placeholder:
            self._thumbs[state.id] = (key, list(state.items), pixmap)
        return pixmap
