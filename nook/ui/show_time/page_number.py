"""Show time's page number between the arrows: "3 / 12", the cover unnumbered, as wide
as the widest number it will show so the arrows never move under a child's finger."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from nook.core.models import Page
from nook.i18n import translate
from nook.ui.kit import theme
from nook.ui.kit.plain import PlainLabel
from nook.ui.show_time.spoken import page_number

STAGE_NUMBER_PADDING = 16  # theme.STAGE_PAGE_NUMBER's padding on each side


class PageNumber(PlainLabel):
    """The number of the page shown, and what a screen reader calls it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("showTimePageNumber")
        self.setStyleSheet(theme.STAGE_PAGE_NUMBER)

    def show_number(self, pages: list[Page], index: int) -> str:
        """Show page `index` of `pages`; returns what the page is called ("Page 3", "The cover")."""
        number, count = page_number(pages, index)
        locale = QLocale()
        of = locale.toString(count)
        numbers = translate("ShowTime", "{number} / {count}")
        self.ensurePolished()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(digit) for digit in "0123456789")
        room = metrics.horizontalAdvance(numbers.format(number=of, count=of)) + widest * len(of)
        self.setMinimumWidth(room + 2 * STAGE_NUMBER_PADDING)
        # A child counts the pages after the cover: the first one is page 1.
        if number is None:
            self.setText("")
            self.setAccessibleName(translate("ShowTime", "The cover"))
            return translate("ShowTime", "The cover")
        shown = locale.toString(number)
        self.setText(numbers.format(number=shown, count=of))
        self.setAccessibleName(translate("ShowTime", "Page {number} of {count}").format(number=shown, count=of))
        return translate("ShowTime", "Page {number}").format(number=shown)
