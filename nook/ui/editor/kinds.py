"""What each kind of piece adds to the editor: a book's page strip and page buttons, a
letter's envelope, a sign's looks, a list's rows (list_part.py). One small part per kind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from nook.i18n import translate
from nook.ui.editor.kind_part import ButtonMaker, KindPart, ViewMaker
from nook.ui.editor.list_part import ListPart
from nook.ui.editor.page_ops import PageOperations
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.strips import LookBar, PageStrip
from nook.ui.kit.buttons import PictureButton


class BookPart(KindPart):
    """A cover and pages: a strip of thumbnails, and buttons to add, copy, take out and move pages."""

    turns_pages = True

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        super().__init__(piece, ops, button, button_size, go_to, arrows)
        self.add_page_button = button("add_page", "addPage", ops.add_page)
        self.duplicate_button = button("duplicate", "duplicatePage", ops.duplicate_page)
        self.remove_page_button = button("remove_page", "removePage", ops.remove_page)
        self.move_left_button = button("move_left", "movePageLeft", lambda: ops.move_page(-1))
        self.move_right_button = button("move_right", "movePageRight", lambda: ops.move_page(1))
        self.strip = PageStrip(
            button_size,
            go_to,
            [
                self.move_left_button,
                self.move_right_button,
                self.duplicate_button,
                self.remove_page_button,
            ],
            in_sight=(self.add_page_button,),
            arrows=self.arrows,
        )
        self.strip.setProperty("has_cover", True)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_page_button.set_phrase(translate("Editor", "New page"))
        self.duplicate_button.set_phrase(translate("Editor", "Copy this page"))
        self.remove_page_button.set_phrase(translate("Editor", "Take this page out"))
        self.move_left_button.set_phrase(translate("Editor", "Move page back"))
        self.move_right_button.set_phrase(translate("Editor", "Move page on"))

    def sync(self) -> None:
        piece = self.piece
        if not piece.states:
            return
        not_cover = piece.current.role != "cover"
        room = self.ops.has_room()
        self.add_page_button.setEnabled(room)
        self.remove_page_button.setEnabled(not_cover)
        self.duplicate_button.setEnabled(not_cover and room)
        self.move_left_button.setEnabled(not_cover and piece.index > 1)
        self.move_right_button.setEnabled(not_cover and piece.index < len(piece.states) - 1)


class LetterPart(KindPart):
    """A letter, and an envelope to go with it (one at most, taken away again by its button)."""

    turns_pages = True

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        super().__init__(piece, ops, button, button_size, go_to, arrows)
        self.envelope_button = button("envelope", "addEnvelope", self.envelope)
        self.remove_page_button = button("remove_page", "removePage", ops.remove_page)
        self.strip = PageStrip(button_size, go_to, [self.envelope_button, self.remove_page_button], arrows=self.arrows)
        self.retranslate()

    def retranslate(self) -> None:
        self.envelope_button.set_phrase(translate("Editor", "Add an envelope"))
        self.remove_page_button.set_phrase(translate("Editor", "Take the envelope away"))

    def envelope(self) -> None:
        """Add the envelope, or turn to it when there is one."""
        index = self.ops.envelope_index()
        if index is not None:
            self.go_to(index)
        else:
            self.ops.add_envelope()

    def sync(self) -> None:
        on_envelope = self.piece.current.role == "envelope"
        self.remove_page_button.setVisible(on_envelope)
        self.envelope_button.setEnabled(self.ops.envelope_index() is None or not on_envelope)


class SignPart(KindPart):
    """One big page, and ready looks to start from."""

    def __init__(
        self,
        piece: PieceModel,
        ops: PageOperations,
        button: ButtonMaker,
        button_size: int,
        go_to: Callable[[int], None],
        arrows: tuple[PictureButton, PictureButton] | None = None,
    ) -> None:
        super().__init__(piece, ops, button, button_size, go_to, arrows)
        self.look_bar = LookBar(button_size, self.choose_look)

    def place(self, centre: QVBoxLayout) -> None:
        centre.addLayout(self.page_host, 1)
        centre.addWidget(self.look_bar)

    def under_page(self) -> QWidget | None:
        return self.look_bar

    def choose_look(self, look: str) -> None:
        if look == self.piece.look:
            self.look_bar.show_look(look)  # tapped the look it has: it stays chosen
            return
        self.ops.choose_look(look)

    def shown(self) -> None:
        self.look_bar.show_look(self.piece.look)


def part_for(
    piece: PieceModel,
    ops: PageOperations,
    button: ButtonMaker,
    button_size: int,
    go_to: Callable[[int], None],
    arrows: tuple[PictureButton, PictureButton] | None = None,
) -> KindPart:
    """The part for the piece's kind (`arrows`: the page buttons, placed by a part that turns pages)."""
    parts: dict[str, type[KindPart]] = {"book": BookPart, "letter": LetterPart, "sign": SignPart, "list": ListPart}
    return parts.get(piece.kind, KindPart)(piece, ops, button, button_size, go_to, arrows)


__all__ = ["ButtonMaker", "KindPart", "ListPart", "ViewMaker", "part_for"]
