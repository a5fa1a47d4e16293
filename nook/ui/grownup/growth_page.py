"""The grown-up's growth page: how one writer changes over months."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from nook.core.growth import Growth, growth
from nook.core.library import Change, Library, What
from nook.core.models import Piece
from nook.i18n import isolated, translate
from nook.render import PageStyle, Pictures, render_page
from nook.ui.grownup.id_list import refill_choice
from nook.ui.grownup.long_page import scrolling_body
from nook.ui.grownup.wording import day, kind_count, kind_name, number, writer_choices
from nook.ui.kit import theme
from nook.ui.kit.calm_inputs import NamesComboBox
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations

WORDS_COLOUR = QColor(theme.GROWTH_WORDS)
NEW_WORDS_COLOUR = QColor(theme.GROWTH_NEW_WORDS)


def month_label(key: str) -> str:
    """ "2026-03" as the language says a month: "Mar 26", "mar 26"."""
    year, month = key.split("-")
    return f"{QLocale().standaloneMonthName(int(month), QLocale.FormatType.ShortFormat)} {year[2:]}"


def month_summary(month: str, words: int, new: int) -> str:
    """ "Sep 26: 2 words, 2 new": what the chart shows for a month, for a screen reader."""
    return translate("GrownUp", "{month}: {words}, {new}").format(
        month=month_label(month),
        words=translate("GrownUp", "%n word(s)", None, words),
        new=translate("GrownUp", "%n new", None, new),
    )


class MonthChart(QWidget):
    """Bars of words written per month, with the new words of each month inside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("growthChart")
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data: Growth | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("GrownUp", "Words written each month"))
        if self.data is not None:
            self.set_growth(self.data)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_growth(self, data: Growth) -> None:
        self.data = data
        summary = ", ".join(month_summary(m.month, m.words, len(m.new_words)) for m in data.months)
        self.setAccessibleDescription(summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.GROWTH_PAPER))
        months = self.data.months[-12:] if self.data else []
        if not months:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("GrownUp", "Nothing written yet."))
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
            above = QRectF(x - 10, top + height - bar - 20, width + 20, 18)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, number(month.words))
        painter.end()


COVER = QSize(240, 180)  # first and latest piece's covers


class GrowthPage(QWidget):
    """Per-writer figures over time, first and latest work side by side, newest words."""

    def __init__(self, library: Library, ops: Operations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("growthPage")
        self.library = library
        # Photos on the covers decoded at the covers' size, never whole (a 2048 px photo
        # decoded whole was most of the page's first showing); one shared by both covers
        # is decoded once.
        self.pictures = Pictures(library.media, longest_side=max(COVER.width(), COVER.height()))
        self.writer_choice = NamesComboBox()
        self.writer_choice.setObjectName("growthWriter")
        self.writer_choice.currentIndexChanged.connect(self.refresh)
        self.figures = PlainLabel()
        self.figures.setObjectName("growthFigures")
        self.figures.setWordWrap(True)
        self.chart = MonthChart()
        self.legend = legend = QLabel()
        legend.setTextFormat(Qt.TextFormat.RichText)  # our own colours and phrases, no user text
        legend.setObjectName("growthLegend")
        legend.setWordWrap(True)  # a longer language would cut it off
        self.new_words = PlainLabel()
        self.new_words.setObjectName("growthNewWords")
        self.new_words.setWordWrap(True)
        self.first_cover, self.first_caption = self._cover("growthFirst")
        self.latest_cover, self.latest_caption = self._cover("growthLatest")
        side = QGridLayout()
        side.addWidget(self.first_cover, 0, 0, Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.latest_cover, 0, 1, Qt.AlignmentFlag.AlignCenter)
        # The captions fill their column (centred by their own alignment), so a wrapped one
        # is given the height its lines need.
        side.addWidget(self.first_caption, 1, 0)
        side.addWidget(self.latest_caption, 1, 1)
        top = QHBoxLayout()
        self.writer_label = PlainLabel()
        top.addWidget(self.writer_label)
        top.addWidget(self.writer_choice, 1)
        # Taller than a netbook's corner: it scrolls (squeezed, the key was drawn over the bars).
        layout = scrolling_body(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.chart, 1)
        layout.addWidget(legend)
        layout.addWidget(self.new_words)
        layout.addLayout(side)
        self.retranslate()
        if ops is not None:
            ops.changed.connect(self._on_change)

    def retranslate(self) -> None:
        """Say the page's phrases and figures again in the language now installed."""
        self.setAccessibleName(translate("GrownUp", "Growth"))
        self.writer_choice.setAccessibleName(translate("GrownUp", "Which writer"))
        self.writer_label.setText(translate("GrownUp", "Writer:"))
        self.figures.setAccessibleName(translate("GrownUp", "Figures"))
        self.legend.setText(
            f"<span style='color:{WORDS_COLOUR.name()}'>■</span> "
            + html.escape(translate("GrownUp", "words written"))
            + f" &nbsp; <span style='color:{NEW_WORDS_COLOUR.name()}'>■</span> "
            + html.escape(translate("GrownUp", "words used for the first time"))
        )
        self.legend.setAccessibleName(translate("GrownUp", "Chart key"))
        self.new_words.setAccessibleName(translate("GrownUp", "Newest words"))
        first, latest = translate("GrownUp", "First piece"), translate("GrownUp", "Latest piece")
        for widget in (self.first_cover, self.first_caption):
            widget.setAccessibleName(first)
        for widget in (self.latest_cover, self.latest_caption):
            widget.setAccessibleName(latest)
        self._fill_writers()  # a writer with no name is known by their animal, in this language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _cover(name: str) -> tuple[QLabel, QLabel]:
        cover = PlainLabel()
        cover.setObjectName(name)
        cover.setFixedSize(COVER)
        cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = PlainLabel()
        caption.setObjectName(name + "Caption")
        # Under its cover, wrapped: two long titles side by side made the page wider than
        # a netbook, and the figures and newest words ran off its right edge.
        caption.setWordWrap(True)
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        return cover, caption

    def _fill_writers(self) -> None:
        writers = self.library.writers(include_archived=True)
        refill_choice(self.writer_choice, writer_choices(writers))
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.what is What.WRITER:
            self._fill_writers()
        elif self.isVisible() and change.what in (What.PIECE, What.PAGE, What.TRASH):
            self.refresh()

    def refresh(self) -> None:
        writer_id = self.writer_choice.currentData()
        if writer_id is None:
            self.figures.setText(translate("GrownUp", "No writers yet."))
            return
        data = growth(self.library, writer_id)
        kinds = ", ".join(kind_count(kind, n) for kind, n in sorted(data.kinds.items()))
        # Plain names for the counts: lupdate finds a plural only by one.
        pieces, words, different, longest = (
            data.total_pieces,
            data.total_words,
            data.different_words,
            data.longest_words,
        )
        figures = [
            translate("GrownUp", "{pieces} ({kinds})").format(
                pieces=translate("GrownUp", "%n piece(s)", None, pieces),
                kinds=kinds or translate("GrownUp", "none yet"),
            ),
            translate("GrownUp", "%n word(s) written", None, words),
            translate("GrownUp", "%n different word(s)", None, different),
        ]
        if data.longest_piece:
            figures.append(translate("GrownUp", "longest piece: %n word(s)", None, longest))
        self.figures.setText(" · ".join(figures))
        self.chart.set_growth(data)
        recent = [w for m in reversed(data.months) for w in reversed(m.new_words)][:40]
        # The words are the child's own, shown as written.
        self.new_words.setText(
            translate("GrownUp", "Newest words: {words}").format(
                words=", ".join(recent) if recent else translate("GrownUp", "none yet")
            )
        )
        self._show_cover(self.first_cover, self.first_caption, data.first_piece, translate("GrownUp", "First piece"))
        self._show_cover(
            self.latest_cover, self.latest_caption, data.latest_piece, translate("GrownUp", "Latest piece")
        )

    def _show_cover(self, cover: QLabel, caption: QLabel, piece: Piece | None, phrase: str) -> None:
        if piece is None:
            cover.clear()
            caption.setText(phrase)
            return
        pages = self.library.pages(piece.id)
        if pages:
            style = PageStyle.resolve(self.library, piece)
            image = render_page(pages[0], piece, style, self.pictures, cover.size())
            cover.setPixmap(QPixmap.fromImage(image))
        caption.setText(
            translate("GrownUp", "{which}: {title} ({day})").format(
                which=phrase, title=isolated(piece.title) or kind_name(piece.kind), day=day(piece.created)
            )
        )
