"""A grown-up page longer than a small screen scrolls up and down like any long form,
rather than squeeze its words (at 1024x600 in Spanish a page's introduction was cut
to its first lines, and button words to "Banco nue")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from nook.ui.kit import theme


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
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(body)
