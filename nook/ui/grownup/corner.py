"""The grown-up corner: sections for settings, writers, trash, word wall, idea cards.

Other parts of the app add their own sections with `add_section` (the backpack, for
example) or pass them to the constructor as (name, widget or factory, icon name) triples.
Reach it only through the gate (`nook.ui.grownup.gate.ask_grown_up`).

A section is made when it is first shown (or asked for by `section`): a grown-up waits
for the corner just after the gate, and eleven sections made up front (two pickers of
608 pictures, the growth figures of every writer, the export modules) took over a
second; the first section alone is what they see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nook import __version__
from nook.core.library import Library
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.grownup.settings_page import SettingsPage
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import icon, icon_names
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations

if TYPE_CHECKING:  # each made when its section is first shown
    from nook.ui.grownup.ideas_page import IdeasPage
    from nook.ui.grownup.trash_page import TrashPage
    from nook.ui.grownup.voice_page import VoicePage
    from nook.ui.grownup.word_wall_page import WordWallPage
    from nook.ui.grownup.writers_page import WritersPage

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

SectionMaker = Callable[[], QWidget]


class Sections(Mapping[str, QWidget]):
    """The corner's sections by their English key, in the nav's order; looking one up
    makes it if it was not made yet (iterating the keys makes nothing)."""

    def __init__(self, corner: GrownUpCorner) -> None:
        self._corner = corner

    def __getitem__(self, name: str) -> QWidget:
        return self._corner.section(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._corner.section_names())

    def __len__(self) -> int:
        return len(self._corner.section_names())


class GrownUpCorner(QWidget):
    """A list of sections on the left, the chosen one on the right; `closed` to leave."""

    closed = Signal()

    def __init__(
        self,
        library: Library,
        ops: Operations,
        voice: Voice,
        extra_sections: Iterable[tuple[str, QWidget | SectionMaker, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("grownUpCorner")
        self.library = library
        # Each section's place in the stack: its page once made, until then an empty stand-in.
        self._slots: dict[str, QWidget] = {}
        self._makers: dict[str, SectionMaker] = {}
        self._made: dict[str, QWidget] = {}
        self.sections = Sections(self)

        self.back_button = PictureButton("back", "", "leaveGrownUpCorner", 56)
        self.back_button.clicked.connect(self.leave)
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
        self.nav.currentRowChanged.connect(self._show_row)
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

        self.add_section("Settings", lambda: SettingsPage(library, ops, voice), "settings")
        self.add_section("Writers", lambda: _writers_page(library, ops, voice), "writers")
        self.add_section("Trash", lambda: _trash_page(library, ops), "trash")
        self.add_section("Word wall", lambda: _word_wall_page(library, ops), "word_wall")
        self.add_section("Idea cards", lambda: _ideas_page(library, ops), "idea")
        self.add_section("My voice", lambda: _voice_page(library, ops), "microphone")
        for name, widget, icon_name in extra_sections:
            self.add_section(name, widget, icon_name)
        self.add_section("About", lambda: AboutPage(library, voice), "help")
        self.nav.setCurrentRow(0)
        self.retranslate()

    # The sections a grown-up may reach at once, by name (tests and the window use these).
    @property
    def settings_page(self) -> SettingsPage:
        return cast(SettingsPage, self.section("Settings"))

    @property
    def writers_page(self) -> WritersPage:
        return cast("WritersPage", self.section("Writers"))

    @property
    def trash_page(self) -> TrashPage:
        return cast("TrashPage", self.section("Trash"))

    @property
    def word_wall_page(self) -> WordWallPage:
        return cast("WordWallPage", self.section("Word wall"))

    @property
    def ideas_page(self) -> IdeasPage:
        return cast("IdeasPage", self.section("Idea cards"))

    @property
    def voice_page(self) -> VoicePage:
        return cast("VoicePage", self.section("My voice"))

    def section_names(self) -> list[str]:
        """The sections' English keys, in the nav's order."""
        slots = {id(widget): name for name, widget in self._slots.items()}
        return [slots[id(self.pages.widget(index))] for index in range(self.pages.count())]

    def section(self, name: str) -> QWidget:
        """The section called `name` (its English key), made now if it was not yet."""
        made = self._made.get(name)
        if made is not None:
            return made
        stand_in = self._slots[name]
        page = self._makers.pop(name)()
        if self.library.read_only and name in CHANGING_SECTIONS:
            # Its every control would change the library: shown, not offered (a page's own
            # refresh cannot enable a control inside a disabled page).
            page.setEnabled(False)
        index = self.pages.indexOf(stand_in)
        showing = self.pages.currentWidget() is stand_in
        self.pages.insertWidget(index, page)
        if showing:
            self.pages.setCurrentWidget(page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        self._slots[name] = page
        self._made[name] = page
        return page

    def _show_row(self, row: int) -> None:
        stand_in = self.pages.widget(row)
        if stand_in is None:
            return
        for name, widget in self._slots.items():
            if widget is stand_in:
                self.pages.setCurrentWidget(self.section(name))
                return

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
        for key, page in self._slots.items():
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

    def add_section(self, name: str, widget: QWidget | SectionMaker, icon_name: str = "settings") -> int:
        """Add a section (before About, if About is there); returns its index. `widget`
        may be a function that makes it, called when the section is first shown."""
        index = self.pages.count()
        if "About" in self._slots:
            index -= 1
        title = section_title(name)
        item = QListWidgetItem(icon(icon_name) if icon_name in icon_names() else icon("settings"), title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        if isinstance(widget, QWidget):
            if self.library.read_only and name in CHANGING_SECTIONS:
                widget.setEnabled(False)
            slot = widget
            self._made[name] = widget
        else:
            slot = QWidget()
            self._makers[name] = widget
        self.nav.insertItem(index, item)
        self.pages.insertWidget(index, slot)
        self._slots[name] = slot
        if self.nav.currentRow() == index:
            self._show_row(index)
        return index

    def leave(self) -> None:
        """Finish what is being typed (a box that keeps its words when left keeps them
        now), then `closed`."""
        self.finish_typing()
        self.closed.emit()

    def finish_typing(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    def show_section(self, name: str) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.section(name)))


def _writers_page(library: Library, ops: Operations, voice: Voice) -> QWidget:
    from nook.ui.grownup.writers_page import WritersPage

    return WritersPage(library, ops, voice=voice)


def _trash_page(library: Library, ops: Operations) -> QWidget:
    from nook.ui.grownup.trash_page import TrashPage

    return TrashPage(library, ops)


def _word_wall_page(library: Library, ops: Operations) -> QWidget:
    from nook.ui.grownup.word_wall_page import WordWallPage

    return WordWallPage(library, ops)


def _ideas_page(library: Library, ops: Operations) -> QWidget:
    from nook.ui.grownup.ideas_page import IdeasPage

    return IdeasPage(library, ops)


def _voice_page(library: Library, ops: Operations) -> QWidget:
    from nook.ui.grownup.voice_page import VoicePage

    return VoicePage(library, ops)
