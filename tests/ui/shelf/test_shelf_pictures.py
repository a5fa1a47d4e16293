"""A picture means one thing on the shelf. "My trash" (look in it) and "put this in the
trash" had the same trash can: a child who cannot read could not tell "go and look" from
"throw this away" (seen on the walk). Each button a child meets on the shelf has a picture
of its own; "put in" has the can with an arrow going in (and "take it out" an arrow out)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from nook.ui.kit.buttons import PictureButton
from nook.ui.shelf.screen import ShelfScreen


def drawn(button: PictureButton) -> QImage:
    return button.icon().pixmap(QSize(48, 48)).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_each_shelf_button_has_a_picture_of_its_own(shelf_screen: ShelfScreen, library, writer) -> None:
    library.new_piece(writer.id, "book")
    shelf_screen.reload()
    shelf_screen.show_trash()  # (the child's trash is made when first shown)
    buttons = [b for b in shelf_screen.findChildren(PictureButton) if not b.icon().isNull()]
    names = {b.objectName() for b in buttons}
    assert {"showTrash", "trashPiece", "restorePiece"} <= names
    pictures = {b.objectName(): drawn(b) for b in buttons}
    for name in ("showTrash", "trashPiece", "restorePiece"):
        same = sorted(other for other, seen in pictures.items() if other != name and seen == pictures[name])
        assert not same, f"{name} looks like {same}"
