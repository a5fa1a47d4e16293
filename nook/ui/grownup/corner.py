"""The grown-up corner: sections for settings, writers, trash, word wall, idea cards.

Other parts of the app add their own sections with `add_section` (the backpack, for
example) or pass them to the constructor as (name, widget, icon name) triples.
Reach it only through the gate (`nook.ui.grownup.gate.ask_grown_up`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from nook import __version__
from nook.core.library import Library
from nook.speech import Voice
from nook.ui.grownup.ideas_page import IdeasPage
from nook.ui.grownup.settings_page import SettingsPage
from nook.ui.grownup.trash_page import TrashPage
from nook.ui.grownup.voice_page import VoicePage
from nook.ui.grownup.word_wall_page import WordWallPage
from nook.ui.grownup.writers_page import WritersPage
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon, icon_names
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations

ATTRIBUTION = (
    "All emojis designed by OpenMoji \u2013 the open-source emoji and icon project. "
    "License: CC BY-SA 4.0. Fonts: Andika (SIL International), OpenDyslexic "
    "(Abelardo Gonzalez, CC BY 3.0), Comic Neue (Craig Rozynski)."
)


def _about(library: Library, voice: Voice) -> QWidget:
    page = QWidget()
    page.setObjectName("aboutPage")
    page.setAccessibleName("About")
    reason = voice.unavailable_reason()
    # Plain text: the folder's name is the user's and may contain anything.
    lines = [
        f"Writing Nook {__version__}",
        f"The library is kept in {library.path}. Back up that one file to keep everything the children made.",
        "Speech: " + (reason if reason else "working."),
        ATTRIBUTION,
    ]
    text = PlainLabel("\n\n".join(lines))
    text.setObjectName("aboutText")
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = QVBoxLayout(page)
    layout.addWidget(text)
    layout.addStretch(1)
    return page


class GrownUpCorner(QWidget):
    """A list of sections on the left, the chosen one on the right; `closed` to leave."""

    closed = Signal()

    def __init__(
        self,
        library: Library,
        ops: Operations,
        voice: Voice,
        extra_sections: Iterable[tuple[str, QWidget, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("grownUpCorner")
        self.setAccessibleName("Grown-up corner")
        self.library = library
        self.sections: dict[str, QWidget] = {}

        self.back_button = PictureButton("back", "Back to the children", "leaveGrownUpCorner", 56)
        self.back_button.clicked.connect(self.closed.emit)
        heading = PlainLabel("Grown-up corner")
        heading.setObjectName("grownUpHeading")
        heading.setStyleSheet(theme.CORNER_TITLE)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(heading, 1)

        self.nav = QListWidget()
        self.nav.setObjectName("grownUpSections")
        self.nav.setAccessibleName("Sections")
        self.nav.setIconSize(QSize(32, 32))
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet(theme.CORNER_NAV)
        self.pages = QStackedWidget()
        self.pages.setObjectName("grownUpPages")
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.settings_page = SettingsPage(library, ops, voice)
        self.writers_page = WritersPage(library, ops, voice=voice)
        self.trash_page = TrashPage(library, ops)
        self.word_wall_page = WordWallPage(library, ops)
        self.ideas_page = IdeasPage(library, ops)
        self.voice_page = VoicePage(library, ops)
        self.add_section("Settings", self.settings_page, "settings")
        self.add_section("Writers", self.writers_page, "writers")
        self.add_section("Trash", self.trash_page, "trash")
        self.add_section("Word wall", self.word_wall_page, "word_wall")
        self.add_section("Idea cards", self.ideas_page, "idea")
        self.add_section("My voice", self.voice_page, "microphone")
        for name, widget, icon_name in extra_sections:
            self.add_section(name, widget, icon_name)
        self.add_section("About", _about(library, voice), "help")
        self.nav.setCurrentRow(0)

    def add_section(self, name: str, widget: QWidget, icon_name: str = "settings") -> int:
        """Add a section (before About, if About is there); returns its index."""
        index = self.pages.count()
        if "About" in self.sections:
            index -= 1
        item = QListWidgetItem(icon(icon_name) if icon_name in icon_names() else icon("settings"), name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.nav.insertItem(index, item)
        self.pages.insertWidget(index, widget)
        self.sections[name] = widget
        return index

    def show_section(self, name: str) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.sections[name]))
