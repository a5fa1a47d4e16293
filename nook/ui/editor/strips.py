"""How each kind of piece is laid out around its pages: the book's page strip, the
letter's envelope strip, the sign's looks, and the list's rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent, QTransform
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QScrollArea,
    QToolButton,
    QWidget,
)

from nook.i18n import translate
from nook.render import LOOK_NAMES
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.edge_arrow import ROOM as ARROW_ROOM
from nook.ui.kit.edge_arrow import edge_arrow
from nook.ui.kit.icons import icon
from nook.ui.kit.roles import as_choice
from nook.ui.kit.rows import button_pitch, by_rows


def turned_icon(name: str, degrees: int, size: int = 128) -> QIcon:
    """A control picture turned (the arrows for "up" and "down" in a list)."""
    pixmap = icon(name).pixmap(QSize(size, size))
    return QIcon(pixmap.transformed(QTransform().rotate(degrees)))


def transparent(scroll: QScrollArea) -> None:
    """Let the screen's own background show through a scroll area (see the theme)."""
    theme.see_through(scroll)


def scrolled(widget: QWidget, vertical: bool = True, parent: QWidget | None = None) -> QScrollArea:
    """`widget` in a scroll area, so big buttons (up to 192 px) never push the window off
    the screen; at the usual sizes everything fits and no scroll bar shows.

    `parent`: where the area will be, given now. Its size is measured here, which styles
    every button in it; an area put somewhere afterwards has them all styled again."""
    scroll = QScrollArea(parent)
    # The controls inside take the keyboard, not the area (it has nothing to say).
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setObjectName(widget.objectName() + "Scroll")
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    transparent(scroll)
    # No thin scroll bar to keep room for: where not all is seen, an arrow past the last
    # whole button shows the rest (kit/edge_arrow.py).
    if vertical:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(widget.sizeHint().width() + 2)
        scroll.setMinimumHeight(1)
    else:
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(widget.sizeHint().height() + 2)
        scroll.setMinimumWidth(1)
    # Never narrower than one button: an area showing no whole button would show none at all.
    # A row of them keeps room for the big arrow beside that one too: with less, the arrow
    # was a sliver past the one button (10 px at 192 px buttons on a netbook), and the
    # buttons behind it were out of a child's reach.
    first = next((b for b in widget.findChildren(QAbstractButton) if not b.isHidden()), None)
    if first is not None:
        one = first.sizeHint().expandedTo(first.minimumSize())
        if vertical:
            scroll.setMinimumHeight(min(widget.sizeHint().height(), one.height()))
        else:
            scroll.setMinimumWidth(min(widget.sizeHint().width(), one.width() + ARROW_ROOM))
    edge_arrow(scroll, by_rows(scroll, lambda: button_pitch(widget, vertical), vertical), vertical)
    return scroll


def button_bar(name: str, groups: Sequence[Sequence[QWidget]]) -> QWidget:
    """A row of groups of buttons with room between the groups (the editor's top bar)."""
    bar = QWidget()
    bar.setObjectName(name)
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for index, group in enumerate(groups):
        if index:
            row.addStretch(1)
        for widget in group:
            row.addWidget(widget)
    return bar


class PageStrip(QWidget):
    """A row of page thumbnails to move between pages, and the page buttons."""

    def __init__(
        self,
        button_size: int,
        go_to: Callable[[int], None],
        buttons: list[QToolButton],
        parent: QWidget | None = None,
        in_sight: tuple[QToolButton, ...] = (),
        arrows: tuple[QToolButton, QToolButton] | None = None,
    ) -> None:
        """``in_sight``: buttons after the others that never scroll away (a new page);
        ``arrows``: the page before and the next page, either side of the pages."""
        super().__init__(parent)
        self.setObjectName("pageStrip")
        theme.show_chosen(self)
        self.button_size = button_size
        self._go_to = go_to
        self.thumbs: list[QToolButton] = []
        # The pages are one choice: Tab reaches the page shown, the arrow keys turn to
        # the page beside it, and a screen reader hears "radio button, Page 2 of 5".
        self.thumb_group = QButtonGroup(self)
        self.thumb_group.setExclusive(True)
        self.thumb_row = QHBoxLayout()
        self.thumb_row.setSpacing(4)
        self.thumb_row.addStretch(1)
        host = QWidget()
        host.setLayout(self.thumb_row)
        self.thumb_row.setContentsMargins(0, 0, 0, 0)
        self.thumb_scroll = QScrollArea()
        # The controls inside take the keyboard, not the area (it has nothing to say).
        self.thumb_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.thumb_scroll.setObjectName("pageStripScroll")
        self.thumb_scroll.setWidget(host)
        self.thumb_scroll.setWidgetResizable(True)
        self.thumb_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # With the arrows beside them the pages need no thin bar: an arrow turns the page
        # and the strip follows it (the wheel still moves it a page at a time).
        bar = self.thumb_scroll.horizontalScrollBar().sizeHint().height()
        if arrows is not None:
            self.thumb_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            bar = 0
        self.thumb_scroll.setFixedHeight(button_size + 4 + bar)
        self.thumb_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        transparent(self.thumb_scroll)
        self.thumb_rows = by_rows(self.thumb_scroll, lambda: button_pitch(host, vertical=False), vertical=False)
        # The strip gets its width after the pages are set (a book reopened on page 5, a
        # window made smaller): the page shown is brought into sight again then.
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self._bring_chosen_into_sight)
        self.thumb_scroll.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if arrows is not None:
            layout.addWidget(arrows[0])
        layout.addWidget(self.thumb_scroll, 1)
        if arrows is not None:
            layout.addWidget(arrows[1])
        # On a narrow screen the page buttons scroll beside the pages, never off the window;
        # where the pages shown would be less than one whole page (the biggest buttons on
        # a netbook) they give their room to the page buttons: the page itself is in
        # sight above, and the arrows either side still turn it.
        self.thumb_scroll.setMinimumWidth(0)
        holder = QWidget()
        holder.setObjectName("pageButtons")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            row.addWidget(button)
        self.buttons_scroll = scrolled(holder, vertical=False)
        self._buttons_width = holder.sizeHint().width()
        self.buttons_scroll.setMaximumWidth(self._buttons_width)
        layout.addWidget(self.buttons_scroll)
        for button in in_sight:
            layout.addWidget(button)

    def set_pages(self, images: list[QPixmap], current: int) -> None:
        while len(self.thumbs) > len(images):
            thumb = self.thumbs.pop()
            self.thumb_group.removeButton(thumb)
            self.thumb_row.removeWidget(thumb)
            thumb.hide()
            thumb.deleteLater()
        while len(self.thumbs) < len(images):
            index = len(self.thumbs)
            thumb = QToolButton()
            thumb.setCheckable(True)
            as_choice(thumb)
            thumb.setCursor(Qt.CursorShape.PointingHandCursor)
            self.thumb_group.addButton(thumb)
            thumb.clicked.connect(lambda _=False, i=index: self._go_to(i))
            self.thumbs.append(thumb)
            self.thumb_row.insertWidget(index, thumb)
            thumb.show()
        for index, (thumb, image) in enumerate(zip(self.thumbs, images, strict=True)):
            self.set_thumb(index, image)
            thumb.setChecked(index == current)
        if 0 <= current < len(self.thumbs):
            self.thumb_rows.bring_into_sight(current, self.button_size)

    def _bring_chosen_into_sight(self) -> None:
        chosen = self.thumb_group.checkedButton()
        if chosen in self.thumbs:
            self.thumb_rows.bring_into_sight(self.thumbs.index(chosen), self.button_size)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Pages beside the buttons while one whole page fits beside them (the page buttons
        then take no more than leaves it); else the page buttons have the room."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is None:
            return
        others = [w for w in self.findChildren(QWidget) if w.parent() is self and w is not self.thumb_scroll]
        fixed = [w for w in others if w is not self.buttons_scroll and not w.isHidden()]
        beside = sum(max(w.minimumWidth(), w.minimumSizeHint().width()) for w in fixed)
        beside += layout.spacing() * len(others)
        page = self.button_size + 4
        left = self.width() - beside - page  # for the page buttons, a whole page shown
        whole_page = left >= self.buttons_scroll.minimumWidth()
        self.buttons_scroll.setMaximumWidth(min(self._buttons_width, left) if whole_page else self._buttons_width)
        self.thumb_scroll.setVisible(whole_page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.thumb_scroll and event.type() == QEvent.Type.Resize:
            self._follow.start()  # once the area has laid out its viewport
        return False

    def set_thumb(self, index: int, image: QPixmap) -> None:
        thumb = self.thumbs[index]
        thumb.setObjectName(f"pageThumb{index + 1}")
        self._name_thumb(index)
        thumb.setIcon(QIcon(image))
        # A page is a button's size, the picture fitted inside it (a wide page is drawn
        # less tall): the strip scrolls by whole pages, and one always fits beside the buttons.
        size = self.button_size
        thumb.setIconSize(QSize(size - 12, size - 12))
        thumb.setFixedSize(size, size)

    def _name_thumb(self, index: int) -> None:
        has_cover = bool(self.property("has_cover"))
        # A child counts the pages after the cover: the first one is page 1.
        number = index if has_cover else index + 1
        count = len(self.thumbs) - 1 if has_cover else len(self.thumbs)
        if has_cover and index == 0:
            name = translate("Editor", "The cover")
        else:
            # "Page 2 of 5": a screen reader's listener knows where they are in the book.
            name = translate("Editor", "Page {number} of {count}").format(
                number=QLocale().toString(number), count=QLocale().toString(count)
            )
        self.thumbs[index].setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            for index in range(len(self.thumbs)):
                self._name_thumb(index)
        super().changeEvent(event)


class LookBar(QWidget):
    """The sign's ready looks: a starting point, never a rule."""

    def __init__(self, button_size: int, choose: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookBar")
        theme.show_chosen(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # On a narrow screen the looks scroll in their row, never off the window.
        holder = QWidget()
        holder.setObjectName("lookButtons")
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        self.buttons: dict[str, PictureButton] = {}
        for look in ("", *LOOK_NAMES):
            button = PictureButton(
                f"look_{look}" if look else "sign", "", "look" + (look.capitalize() or "Plain"), button_size
            )
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, name=look: choose(name))
            self.buttons[look] = button
            layout.addWidget(button)
        layout.addStretch(1)
        outer.addWidget(scrolled(holder, vertical=False))
        self.retranslate()

    def retranslate(self) -> None:
        """Say every look's name again in the language now installed."""
        phrases = {
            "": translate("Editor", "Plain sign"),
            "warning": translate("Editor", "Warning sign"),
            "stop": translate("Editor", "Stop sign"),
            "welcome": translate("Editor", "Welcome sign"),
            "celebration": translate("Editor", "Party sign"),
        }
        for look, button in self.buttons.items():
            button.set_phrase(phrases.get(look, look))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_look(self, look: str) -> None:
        for name, button in self.buttons.items():
            button.setChecked(name == look)
