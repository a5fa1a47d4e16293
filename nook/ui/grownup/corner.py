"""The grown-up corner: sections for settings, writers, trash, word wall, idea cards.

Other parts of the app add their own sections with `add_section` (the backpack, for
example) or pass them to the constructor as (name, widget, icon name) triples.
Reach it only through the gate (`nook.ui.grownup.gate.ask_grown_up`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from nook import __version__
from nook.core.library import Library
from nook.i18n import translate
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

NAV_WIDTH = 210  # the sections' list, at least (wider when a language's names need it)

# The attribution the pictures' and fonts' licences ask for, word for word: kept as it
# is in every language, not a phrase to translate.
ATTRIBUTION = (
    "All emojis designed by OpenMoji \u2013 the open-source emoji and icon project. "
    "License: CC BY-SA 4.0. Fonts: Andika (SIL International), OpenDyslexic "
    "(Abelardo Gonzalez, CC BY 3.0), Comic Neue (Craig Rozynski)."
)


def section_title(key: str) -> str:
    """A section's name in the nav, in the language now installed (sections are found by
    their English key, which never changes)."""
    titles = {
        "Settings": translate("GrownUp", "Settings"),
        "Writers": translate("GrownUp", "Writers"),
        "Trash": translate("GrownUp", "Trash"),
        "Word wall": translate("GrownUp", "Word wall"),
        "Idea cards": translate("GrownUp", "Idea cards"),
        "My voice": translate("GrownUp", "My voice"),
        "Backpack": translate("GrownUp", "Backpack"),
        "Growth": translate("GrownUp", "Growth"),
        "Library safety": translate("GrownUp", "Library safety"),
        "Class book": translate("GrownUp", "Class book"),
        "About": translate("GrownUp", "About"),
    }
    return titles.get(key, key)


class AboutPage(QWidget):
    """The version, where the library is, whether speech works, and whose pictures and fonts."""

    def __init__(self, library: Library, voice: Voice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutPage")
        self.library = library
        self.voice = voice
        self.text = PlainLabel()
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(translate("GrownUp", "About"))
        reason = self.voice.unavailable_reason()
        # Plain text: the folder's name is the user's and may contain anything.
        lines = [
            translate("GrownUp", "Writing Nook {version}").format(version=__version__),
            translate(
                "GrownUp",
                "The library is kept in {path}. Back up that one file to keep everything the children made.",
            ).format(path=self.library.path),
            translate("GrownUp", "Speech: {reason}").format(reason=reason)
            if reason
            else translate("GrownUp", "Speech: working."),
            # The attribution stays word for word; a sentence in the corner's language says what it is.
            translate("GrownUp", "The pictures and fonts come from free projects. Their licences ask for these words:")
            + "\n"
            + ATTRIBUTION,
        ]
        self.text.setText("\n\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# Sections whose every control changes the library: only shown when it cannot be changed.
CHANGING_SECTIONS = ("Settings", "Writers", "Trash", "Word wall", "Idea cards", "My voice")


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
        self.library = library
        self.sections: dict[str, QWidget] = {}

        self.back_button = PictureButton("back", "", "leaveGrownUpCorner", 56)
        self.back_button.clicked.connect(self.closed.emit)
        self.heading = PlainLabel()
        self.heading.setObjectName("grownUpHeading")
        self.heading.setStyleSheet(theme.CORNER_TITLE)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)

        self.nav = QListWidget()
        self.nav.setObjectName("grownUpSections")
        self.nav.setIconSize(QSize(32, 32))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet(theme.CORNER_NAV)
        self.pages = QStackedWidget()
        self.pages.setObjectName("grownUpPages")
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.look_only_note: PlainLabel | None = None
        if library.read_only:
            self.look_only_note = PlainLabel()
            self.look_only_note.setObjectName("cornerLookOnly")
            self.look_only_note.setWordWrap(True)
            self.look_only_note.setStyleSheet(theme.STATUS_REFUSED)
            layout.addWidget(self.look_only_note)
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
        self.add_section("About", AboutPage(library, voice), "help")
        if library.read_only:
            # Their every control would change the library: shown, not offered (a page's own
            # refresh cannot enable a control inside a disabled page).
            for name in CHANGING_SECTIONS:
                self.sections[name].setEnabled(False)
        self.nav.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        """Say the corner's phrases again in the language now installed (each page says its own)."""
        self.setAccessibleName(translate("GrownUp", "Grown-up corner"))
        self.back_button.set_phrase(translate("GrownUp", "Back to the children"))
        self.heading.setText(translate("GrownUp", "Grown-up corner"))
        self.nav.setAccessibleName(translate("GrownUp", "Sections"))
        if self.look_only_note is not None:
            note = translate(
                "GrownUp",
                "This library can't be changed here, so settings, writers, the trash, the word wall, "
                "idea cards and My voice are only shown. Packing a backpack, the class book and "
                "checking the library still work.",
            )
            self.look_only_note.setText(note)
            self.look_only_note.setAccessibleName(note)
        for key, page in self.sections.items():
            item = self.nav.item(self.pages.indexOf(page))
            if item is not None:
                item.setText(section_title(key))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, section_title(key))
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The sections' list as wide as its longest name ("Muro de palabras" was cut)."""
        bar = self.nav.verticalScrollBar().sizeHint().width()
        widest = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + bar + 4
        self.nav.setFixedWidth(max(NAV_WIDTH, widest))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_section(self, name: str, widget: QWidget, icon_name: str = "settings") -> int:
        """Add a section (before About, if About is there); returns its index."""
        index = self.pages.count()
        if "About" in self.sections:
            index -= 1
        title = section_title(name)
        item = QListWidgetItem(icon(icon_name) if icon_name in icon_names() else icon("settings"), title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.nav.insertItem(index, item)
        self.pages.insertWidget(index, widget)
        self.sections[name] = widget
        return index

    def show_section(self, name: str) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.sections[name]))
