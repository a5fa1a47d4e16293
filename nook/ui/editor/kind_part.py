"""The part of the editor a kind of piece adds around its pages, as every kind has it:
one page on screen at a time (kinds.py has each kind's own; list_part.py a list's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from nook.ui.editor.model import PageState
from nook.ui.editor.page_ops import PageOperations
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.strips import PageStrip
from nook.ui.kit.buttons import PictureButton

if TYPE_CHECKING:
    from nook.ui.editor.page_view import PageView

# (icon, objectName, action) -> a picture button that runs the action when tapped; its
# phrase is said by the part's retranslate()
ButtonMaker = Callable[[str, str, Callable[[], None]], PictureButton]
ViewMaker = Callable[[PageState], "PageView"]


class KindPart:
    """One page on screen at a time, turned with the page buttons (a book, sign, letter)."""

    shows_every_page = False  # a list shows all its items at once
    turns_pages = False  # the "page before" and "next page" buttons

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        self.piece = piece
        self.arrows = arrows if self.turns_pages else None  # the page before, the next page
        self.ops = ops
        self.button = button
        self.button_size = button_size
        self.go_to = go_to
        self.strip: PageStrip | None = None
        self.page_host = QVBoxLayout()
        self._shown: list[PageView] = []
        # Told of each page view built after the others (a look-only piece rests its buttons).
        self.row_built: Callable[[], None] = lambda: None

    @property
    def views(self) -> list[PageView]:
        """The page views built, in page order."""
        return self._shown

    def view_at(self, index: int) -> PageView:
        """The view showing page `index` (one page shown: the view there is)."""
        return self._shown[max(0, min(index, len(self._shown) - 1))]

    def index_of(self, view: PageView) -> int:
        """Which page `view` shows (-1: none now)."""
        return self.piece.index if view in self._shown else -1

    def typed_in(self, view: PageView) -> None:
        """A key acts in `view`'s words: it is shown (one page shown: it is in sight)."""

    def place(self, centre: QVBoxLayout) -> None:
        """Put the part's widgets under (or in place of) the page."""
        centre.addLayout(self.page_host, 1)
        if self.strip is not None:
            centre.addWidget(self.strip)

    def under_page(self) -> QWidget | None:
        """The bar under the page (the grown-up line takes its place while it is open)."""
        return self.strip

    def give_room(self, line: QWidget, centre: QVBoxLayout) -> list[QWidget]:
        """Place the grown-up's `line` under the page; returns the bar it stands in for
        while it is open."""
        under = self.under_page()
        if under is not None:
            # The bar is never less tall than the line: the page keeps its size when it opens.
            under.setMinimumHeight(max(under.minimumSizeHint().height(), line.sizeHint().height()))
        centre.addWidget(line)
        return [under] if under is not None else []

    def show_views(self, old: list[PageView], make_view: ViewMaker, keep: Callable[[PageView], None]) -> list[PageView]:
        """Replace the views on screen with the page now current; returns the new views."""
        for view in old:
            keep(view)
            self.page_host.removeWidget(view)
            view.hide()  # at once: deleteLater waits for the event loop
            view.deleteLater()
        view = make_view(self.piece.current)
        self.page_host.addWidget(view, 1)
        view.show()  # now, not on the next turn of the event loop
        self._shown = [view]
        return self._shown

    def shown(self) -> None:
        """The pages were shown again (a page turn, a new look, undo)."""

    def sync(self) -> None:
        """Enable the part's buttons for the page shown now."""

    def retranslate(self) -> None:
        """Say the part's phrases again in the language now installed."""

    def reveal(self, view: PageView) -> None:
        """Bring a page into sight where the pages scroll rather than turn (a list)."""

    def next_item(self, view: PageView) -> None:
        """Enter at the end of a page's words where that goes on to the next (a list)."""
