"""The page's language as a picture a five-year-old can tap (with a grown-up nearby):
a blue "Hi!" bubble for English, an orange "¡Hola!" bubble for Spanish. A tap turns the
page to the writer's other language and says that language's name in its own voice
("Español" in the Spanish voice), so a child who cannot read hears what changed.

It shows only for a writer a grown-up gave a second language (or on a page already
marked, so a mark can always be taken back). The mark is the page's, stored through the
piece's model like any change, and undone by Undo like any change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent

from nook.core.page_language import NAMES
from nook.i18n import translate
from nook.ui.editor.model import PageState
from nook.ui.editor.piece import PieceModel
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon

ICONS = {"en": "language_en", "es": "language_es"}


class PageLanguageButton(PictureButton):
    """Shows the language of the page being made; a tap marks it the other language."""

    def __init__(self, piece: PieceModel, say: Callable[[str, str], None], size: int) -> None:
        super().__init__("language_en", "", "pageLanguage", size)
        self.piece = piece
        self._say = say
        self._state: PageState | None = None
        self.clicked.connect(lambda _=False: self.switch())
        self.show_page(None)

    @property
    def language(self) -> str:
        return self.piece.language_of(self._state) if self._state is not None else self.piece.writer_language()

    def show_page(self, state: PageState | None) -> None:
        """The page being made (after a turn, an undo, another list item)."""
        self._state = state
        marked = state is not None and self.language != self.piece.writer_language()
        self.setVisible(state is not None and (marked or self.piece.other_language() is not None))
        self.setIcon(icon(ICONS.get(self.language, "language_en")))
        self.retranslate()

    def retranslate(self) -> None:
        self.set_phrase(
            translate("Editor", "Words in {language}").format(language=NAMES.get(self.language, self.language))
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def switch(self) -> None:
        """The page's words are now in the writer's other language (or back in theirs)."""
        state = self._state
        if state is None:
            return
        mine = self.piece.writer_language()
        other = self.piece.other_language()
        now = self.language
        target = mine if now != mine else other
        if target is None:
            return
        self.piece.set_page_language(state, target)
        self.show_page(state)
        self._say(NAMES.get(target, target), target)
