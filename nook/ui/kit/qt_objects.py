"""Qt objects made by Qt, met in Python without PySide's first-time search.

The first time PySide is handed a widget Qt made itself as a plain QWidget (a scroll
area's viewport), it looks for the most derived class it could be among every widget
class it knows, and builds each of those classes for Python on the way: 61 enums for
the shelf's first `viewport()`, about 15-20 ms of a start. Found as a child by its
name and class instead, the same widget is wrapped as the class asked for, and every
later `viewport()` gets that wrapper.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

VIEWPORT_NAME = "qt_scrollarea_viewport"  # what Qt names the viewport it makes


def introduce_viewport(area: QAbstractScrollArea) -> None:
    """Meet the scroll area's own viewport by name, before anything asks `viewport()`."""
    area.findChild(QWidget, VIEWPORT_NAME)
