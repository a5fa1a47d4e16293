"""A grown-up page longer than a small screen scrolls up and down like any long form,
rather than squeeze its words (at 1024x600 in Spanish a page's introduction was cut
to its first lines, and button words to "Banco nue").

It scrolls a row at a time (`by_form_rows`): each wheel notch brings the next row of the
form (a line of words, a box, a group's title) to the top, rather than moving 60 pixels
wherever the rows are and leaving a line cut in half at the top."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from nook.ui.kit import theme
from nook.ui.kit.rows import NOTCH

CLOSE = 16  # rows' tops closer than this are one row (a notch never moves a page by a sliver)
# What a form's row is made of (a group box holds rows; only its title is one).
ROW_PARTS = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QLineEdit, QTextEdit)


class FormRows(QObject):
    """Moves a scroll area's page from one row's top to the next (the tops of the widgets
    in it, as they are laid out now), by the wheel and by a dragged scroll bar."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self._turned = 0
        area.viewport().installEventFilter(self)
        bar = area.verticalScrollBar()
        bar.sliderReleased.connect(self.settle)

    def stops(self) -> list[int]:
        """Where a row begins, from the top of the form to as far as the page scrolls: the
        words and controls side by side make one row (never a stop that cuts one of them),
        and a group's title is a row of its own."""
        content = self.area.widget()
        if content is None:
            return [0]
        end = self.area.verticalScrollBar().maximum()
        spans = []
        for widget in content.findChildren(QWidget):
            if not widget.isVisibleTo(content) or isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue
            top = widget.mapTo(content, QPoint(0, 0)).y()
            if isinstance(widget, QGroupBox):
                spans.append((top, top + widget.fontMetrics().height()))
            elif isinstance(widget, ROW_PARTS):
                spans.append((top, top + widget.height()))
        stops: list[int] = [0]
        reach = 0  # the bottom of the row being gathered
        for top, bottom in sorted(spans):
            if top >= reach and top - stops[-1] >= CLOSE:
                stops.append(min(top, end))
            reach = max(reach, bottom)
        return sorted(set(stops))

    def scroll_rows(self, rows: int) -> None:
        """`rows` rows on (negative: back)."""
        bar = self.area.verticalScrollBar()
        value, stops = bar.value(), self.stops()
        for _ in range(abs(rows)):
            later = [stop for stop in stops if stop > value] if rows > 0 else [s for s in stops if s < value]
            if not later:
                break
            value = min(later) if rows > 0 else max(later)
        bar.setValue(value)

    def settle(self) -> None:
        """A dragged page comes to rest on the row nearest where it was let go."""
        bar = self.area.verticalScrollBar()
        bar.setValue(min(self.stops(), key=lambda stop: abs(stop - bar.value())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            if not self.area.verticalScrollBar().maximum():
                return False
            self._turned += event.angleDelta().y()
            rows = int(self._turned / NOTCH)
            if rows:
                self._turned -= rows * NOTCH
                self.scroll_rows(-rows)  # turned towards the grown-up: what is below
            event.accept()
            return True
        return super().eventFilter(watched, event)


def by_form_rows(area: QScrollArea) -> FormRows:
    """Make `area` scroll a form's rows, not pixels."""
    return FormRows(area)


def scrolling_body(page: QWidget) -> QVBoxLayout:
    """The column `page` lays its parts out in, inside a scroll area that fills the page
    (it scrolls only when the parts need more height than the page has)."""
    body = QWidget()
    body.setObjectName(f"{page.objectName() or 'grownUpPage'}Body")
    scroll = QScrollArea()
    scroll.setObjectName(f"{page.objectName() or 'grownUpPage'}Scroll")
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the keyboard
    scroll.setWidget(body)
    theme.see_through(scroll)
    by_form_rows(scroll)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(body)


def bring_into_sight(widget: QWidget) -> None:
    """Scroll the long page holding `widget` so all of it is in sight, once the page has
    laid out what was just added (something said or asked below the fold of a netbook's
    screen was never seen)."""

    def scroll() -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None or not widget.isVisible():
            return
        # The rows just added change the body's height only when its layout and then the
        # scroll area answer their layout requests: done now, so the place is right.
        body = parent.widget()
        laid_out = body.layout() if body is not None else None
        if laid_out is not None:
            laid_out.activate()
        QApplication.sendEvent(parent, QEvent(QEvent.Type.LayoutRequest))
        parent.ensureWidgetVisible(widget, 0, 8)

    QTimer.singleShot(0, widget, scroll)
