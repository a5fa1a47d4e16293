"""Draws one cover on the shelf: the page thumbnail, the kind badge, the star, the title."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QImage, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nook.core.shelf import ShelfRow
from nook.ui.kit import theme
from nook.ui.kit.icons import icon_path, svg_pixmap
from nook.ui.kit.qt_objects import introduce_viewport
from nook.ui.kit.rows import WholeItemRows, by_rows
from nook.ui.kit.voice_badge import paint_voice_badge
from nook.ui.shelf.model import PIECE_ID_ROLE, ROW_ROLE
from nook.ui.shelf.thumbnails import ThumbnailCache, kind_picture

MARGIN = 10
# Between two cells: the cells' own margins already part the covers side by side, so
# nothing more across (a scroll bar a child can hold then costs no column of covers on
# 1024 px at any button size); a little more between rows, over the titles.
GRID_GAP = QSize(0, 8)
TITLE_LINES = 2


def title_lines(title: str, metrics: QFontMetrics, width: int, lines: int = TITLE_LINES) -> list[str]:
    """The title broken into at most `lines` lines that each fit `width`; the last one
    ends in an ellipsis if the title goes on. Eliding the whole title to about two
    widths and then wrapping it left a second line too long (a long word cannot wrap),
    cut off under the cover; here each line is measured."""
    words = title.split()
    result: list[str] = []
    while words and len(result) < lines:
        line = ""
        while words:
            candidate = f"{line} {words[0]}" if line else words[0]
            if metrics.horizontalAdvance(candidate) <= width:
                line, words = candidate, words[1:]
            elif not line:  # one word wider than the line: break it by letters
                cut = len(words[0]) - 1
                while cut > 1 and metrics.horizontalAdvance(words[0][:cut]) > width:
                    cut -= 1
                line, words = words[0][:cut], [words[0][cut:], *words[1:]]
                break
            else:
                break
        result.append(line)
    if words and result:
        rest = " ".join([result[-1], *words])
        result[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return result


@cache
def star_picture(size: int) -> QImage:
    return svg_pixmap(icon_path("finished"), size).toImage()


def cover_size(button_size: int) -> QSize:
    """Covers are portrait, a little wider than two buttons (at most 240 px, never
    smaller than a button): easy to see and to hit, and several fit on a row."""
    width = max(button_size, min(int(button_size * 2.1), 240))
    return QSize(width, int(width * 1.25))


class CoverDelegate(QStyledItemDelegate):
    """Paints covers from the thumbnail cache; never draws a page itself."""

    def __init__(self, thumbnails: ThumbnailCache, button_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        # While the start-up watch asks (nook/ui/ready.py): the pieces whose real cover
        # has been painted. None otherwise, so painting costs nothing more.
        self.painted: set[str] | None = None
        self.set_button_size(button_size)

    def set_button_size(self, button_size: int) -> None:
        self.button_size = button_size
        self.cover = cover_size(button_size)
        self.title_px = max(13, min(26, button_size // 4))
        self.thumbnails.set_size(self.cover)

    def covers_on_a_screen(self, widget: QWidget) -> int:
        """About how many covers fit on the screen `widget` is on, below a row of buttons."""
        screen = widget.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return 0
        area, cell = screen.availableGeometry(), self.cell_size()
        columns = max(1, area.width() // cell.width())
        rows = -(-max(cell.height(), area.height() - 2 * self.button_size) // cell.height())
        return columns * rows

    def cell_size(self) -> QSize:
        title_height = int(self.title_px * 1.3 * TITLE_LINES)
        return QSize(self.cover.width() + 2 * MARGIN, self.cover.height() + title_height + 3 * MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return self.cell_size()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row: ShelfRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = option.rect  # type: ignore[attr-defined]
        cover = QRect(
            cell.x() + (cell.width() - self.cover.width()) // 2,
            cell.y() + MARGIN,
            self.cover.width(),
            self.cover.height(),
        )
        # Chosen: asked of the view, not of option.state (a QStyle flag): reading that would
        # make PySide build QStyle's ~600 enum members before the first paint (~5 ms).
        view = option.widget  # type: ignore[attr-defined]
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)

        # The cover: a white card with a soft shadow, the page drawn on it.
        path = QPainterPath()
        path.addRoundedRect(QRectF(cover), 12, 12)
        painter.fillPath(path.translated(3, 4), theme.COVER_SHADOW)
        painter.fillPath(path, QColor(theme.COVER_PAPER))
        image = self.thumbnails.cover(row)
        painter.setClipPath(path)
        if image is not None:
            painter.drawImage(cover, image)
            if self.painted is not None:
                self.painted.add(row.id)
        else:
            side = int(self.cover.width() * 0.5)
            painter.setOpacity(0.35)
            painter.drawImage(
                cover.x() + (cover.width() - side) // 2,
                cover.y() + (cover.height() - side) // 2,
                kind_picture(row.kind, side),
            )
            painter.setOpacity(1.0)
        painter.setClipping(False)
        painter.setPen(QPen(QColor(theme.EDGE_CHOSEN) if selected else QColor(theme.COVER_EDGE), 6 if selected else 2))
        painter.drawPath(path)

        # The kind badge (bottom left) and the star (top right), on white discs.
        badge = max(22, self.cover.width() // 4)
        for picture, x, y in (
            (kind_picture(row.kind, int(badge * 0.8)), cover.left() - 4, cover.bottom() - badge + 4),
            (star_picture(int(badge * 0.9)) if row.finished else None, cover.right() - badge + 6, cover.top() - 6),
        ):
            if picture is None:
                continue
            painter.setPen(QPen(QColor(theme.COVER_EDGE), 2))
            painter.setBrush(QColor(theme.COVER_PAPER))
            painter.drawEllipse(QRect(x, y, badge, badge))
            offset = (badge - picture.width()) // 2
            painter.drawImage(x + offset, y + offset, picture)

        if row.has_voice:  # my voice is on a page of it: a speaker, bottom right
            paint_voice_badge(painter, QRectF(cover.right() - badge + 4, cover.bottom() - badge + 4, badge, badge))

        # The title: a help for grown-ups and readers; the picture is what children find.
        if row.title:
            font = painter.font()
            font.setPixelSize(self.title_px)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            text_rect = QRect(
                cell.x() + 4, cover.bottom() + MARGIN, cell.width() - 8, int(self.title_px * 1.3 * TITLE_LINES)
            )
            painter.setPen(QColor(theme.COVER_TEXT))
            step = text_rect.height() // TITLE_LINES
            for number, line in enumerate(title_lines(row.title, metrics, text_rect.width())):
                line_rect = QRect(text_rect.x(), text_rect.y() + number * step, text_rect.width(), step)
                # Not clipped to its line: Andika's letters are taller than a line (~1.5 times
                # their size), so "g", "p" and "y" reach below it, into the margin under the
                # last line ("Mi gato" read "Mi aato" when cut off there).
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip
                painter.drawText(line_rect, flags, line)
        painter.restore()


def pieces_in_sight(view: QListView) -> list[str]:
    """The pieces whose covers are (at least partly) in sight in `view` now."""
    seen = view.viewport().rect()
    model = view.model()
    found = []
    for number in range(model.rowCount()):
        index = model.index(number, 0)
        place = view.visualRect(index)
        if place.top() > seen.bottom():
            break  # covers are laid out row after row: the rest are further down
        if place.intersects(seen):
            found.append(str(index.data(PIECE_ID_ROLE)))
    return found


def cover_view(
    model: QAbstractItemModel, delegate: CoverDelegate, name: str, phrase: str, parent: QWidget | None = None
) -> QListView:
    """A grid of covers that only ever draws what is on screen (made inside `parent`)."""
    view = QListView(parent)
    introduce_viewport(view)
    view.setObjectName(name)
    view.setAccessibleName(phrase)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setUniformItemSizes(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.setGridSize(delegate.cell_size() + GRID_GAP)
    view.setStyleSheet(theme.SHELF_VIEW)
    theme.big_bar(view.verticalScrollBar())  # covers of a long shelf: a bar a child can hold
    view.viewport().installEventFilter(_LetGoBeside(view))
    # A tapped cover stays under the finger for the tap that opens it: Qt scrolls a
    # clicked item whole into sight a moment after the click (its delayed auto scroll),
    # and a half-seen cover went up a row's part from under the child's second tap.
    # A cover chosen otherwise (the arrow keys, the shelf choosing one) is still shown.
    view.setAutoScroll(False)
    view.selectionModel().currentChanged.connect(lambda current, _before: _bring_into_sight(view, current))
    # Scrolled by whole rows of whole covers: by pixels, a big cover's top row could show
    # only its lower part, or at the shelf's end only its titles.
    by_rows(view, lambda: view.gridSize().height())
    WholeItemRows(view, lambda: view.gridSize().height())
    return view


def _bring_into_sight(view: QListView, current: QModelIndex) -> None:
    if current.isValid() and QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
        view.scrollTo(current)


class _LetGoBeside(QObject):
    """A press beside the covers lets go of the chosen one (Qt keeps a single selection
    there): its actions go, and the filters and the search they stood in for come back."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        view = self.parent()
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and isinstance(view, QListView)
            and not view.indexAt(event.position().toPoint()).isValid()
        ):
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
        return False
