"""The grown-up's growth page: how one writer changes over months."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nook.core.growth import Growth, growth
from nook.core.library import Change, Library, What
from nook.core.models import Piece
from nook.render import PageStyle, Pictures, render_page
from nook.ui.grownup.id_list import refill_choice
from nook.ui.kit import theme
from nook.ui.kit.calm_inputs import CalmComboBox
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WORDS_COLOUR = QColor(theme.GROWTH_WORDS)
NEW_WORDS_COLOUR = QColor(theme.GROWTH_NEW_WORDS)


def month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year[2:]}"


class MonthChart(QWidget):
    """Bars of words written per month, with the new words of each month inside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("growthChart")
        self.setAccessibleName("Words written each month")
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data: Growth | None = None

    def set_growth(self, data: Growth) -> None:
        self.data = data
        summary = ", ".join(f"{month_label(m.month)}: {m.words} words, {len(m.new_words)} new" for m in data.months)
        self.setAccessibleDescription(summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.GROWTH_PAPER))
        months = self.data.months[-12:] if self.data else []
        if not months:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Nothing written yet.")
            return
        top, bottom, left = 24.0, 36.0, 12.0
        height = self.height() - top - bottom
        slot = (self.width() - 2 * left) / len(months)
        most = max(1, *(m.words for m in months))
        small = QFont(self.font())
        small.setPointSize(max(8, small.pointSize() - 3))
        painter.setFont(small)
        for index, month in enumerate(months):
            x = left + index * slot + slot * 0.15
            width = slot * 0.7
            bar = height * month.words / most
            new = height * len(month.new_words) / most
            painter.fillRect(QRectF(x, top + height - bar, width, bar), WORDS_COLOUR)
            painter.fillRect(QRectF(x + width * 0.25, top + height - new, width * 0.5, new), NEW_WORDS_COLOUR)
            painter.setPen(QColor(theme.GROWTH_INK))
            painter.drawText(
                QRectF(x - 10, top + height + 4, width + 20, 18), Qt.AlignmentFlag.AlignCenter, month_label(month.month)
            )
            painter.drawText(
                QRectF(x - 10, top + height - bar - 20, width + 20, 18), Qt.AlignmentFlag.AlignCenter, str(month.words)
            )
        painter.end()


class GrowthPage(QWidget):
    """Per-writer figures over time, first and latest work side by side, newest words."""

    def __init__(self, library: Library, ops: Operations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("growthPage")
        self.setAccessibleName("Growth")
        self.library = library
        self.writer_choice = CalmComboBox()
        self.writer_choice.setObjectName("growthWriter")
        self.writer_choice.setAccessibleName("Which writer")
        self.writer_choice.currentIndexChanged.connect(self.refresh)
        self.figures = PlainLabel()
        self.figures.setObjectName("growthFigures")
        self.figures.setAccessibleName("Figures")
        self.figures.setWordWrap(True)
        self.chart = MonthChart()
        legend = QLabel(
            f"<span style='color:{WORDS_COLOUR.name()}'>■</span> words written &nbsp; "
            f"<span style='color:{NEW_WORDS_COLOUR.name()}'>■</span> words used for the first time"
        )
        legend.setTextFormat(Qt.TextFormat.RichText)  # our own colours, no user text
        legend.setObjectName("growthLegend")
        legend.setAccessibleName("Chart key")
        self.new_words = PlainLabel()
        self.new_words.setObjectName("growthNewWords")
        self.new_words.setAccessibleName("Newest words")
        self.new_words.setWordWrap(True)
        self.first_cover, self.first_caption = self._cover("growthFirst", "First piece")
        self.latest_cover, self.latest_caption = self._cover("growthLatest", "Latest piece")
        side = QGridLayout()
        side.addWidget(self.first_cover, 0, 0, Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.latest_cover, 0, 1, Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.first_caption, 1, 0, Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.latest_caption, 1, 1, Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(PlainLabel("Writer:"))
        top.addWidget(self.writer_choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.chart, 1)
        layout.addWidget(legend)
        layout.addWidget(self.new_words)
        layout.addLayout(side)
        self._fill_writers()
        if ops is not None:
            ops.changed.connect(self._on_change)

    @staticmethod
    def _cover(name: str, phrase: str) -> tuple[QLabel, QLabel]:
        cover = PlainLabel()
        cover.setObjectName(name)
        cover.setAccessibleName(phrase)
        cover.setFixedSize(QSize(240, 180))
        cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover.setStyleSheet(theme.GROWTH_COVER)
        caption = PlainLabel(phrase)
        caption.setObjectName(name + "Caption")
        caption.setAccessibleName(phrase)
        return cover, caption

    def _fill_writers(self) -> None:
        writers = self.library.writers(include_archived=True)
        refill_choice(self.writer_choice, ((w.name or "(no name)", w.id) for w in writers))
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.what is What.WRITER:
            self._fill_writers()
        elif self.isVisible() and change.what in (What.PIECE, What.PAGE, What.TRASH):
            self.refresh()

    def refresh(self) -> None:
        writer_id = self.writer_choice.currentData()
        if writer_id is None:
            self.figures.setText("No writers yet.")
            return
        data = growth(self.library, writer_id)
        kinds = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(data.kinds.items()))
        self.figures.setText(
            f"{data.total_pieces} pieces ({kinds or 'none yet'}) · {data.total_words} words written · "
            f"{data.different_words} different words"
            + (f" · longest piece: {data.longest_words} words" if data.longest_piece else "")
        )
        self.chart.set_growth(data)
        recent = [w for m in reversed(data.months) for w in reversed(m.new_words)][:40]
        self.new_words.setText("Newest words: " + (", ".join(recent) if recent else "none yet"))
        self._show_cover(self.first_cover, self.first_caption, data.first_piece, "First piece")
        self._show_cover(self.latest_cover, self.latest_caption, data.latest_piece, "Latest piece")

    def _show_cover(self, cover: QLabel, caption: QLabel, piece: Piece | None, phrase: str) -> None:
        if piece is None:
            cover.clear()
            caption.setText(phrase)
            return
        pages = self.library.pages(piece.id)
        if pages:
            style = PageStyle.resolve(self.library, piece)
            image = render_page(pages[0], piece, style, Pictures(self.library.media), cover.size())
            cover.setPixmap(QPixmap.fromImage(image))
        caption.setText(f"{phrase}: {piece.title or piece.kind} ({piece.created[:10]})")
