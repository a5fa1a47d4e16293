"""Under a pseudo-locale (every phrase bracketed, accented and ~40 % longer) a walk of
the screens finds no phrase that bypassed translate() and no control whose words are cut.

Walked: "Who is writing?" and making a writer, the shelf (with the trash and the ideas),
the editor of each kind, show time and every section of the grown-up corner.
"""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.speech.silent import SilentVoice
from nook.ui.language import LanguageSwitch
from nook.ui.main_window import MainWindow
from tests.language_helpers import PSEUDO, TRANSLATIONS, write_pseudo

# Names of controls whose words come from the child, a grown-up or the bundled data.
# A language's own button says its name in itself ("Español" under any language).
# A font's name is its own in every language.
SUPPLIED = re.compile(
    r"^(writer_|avatar_|sticker|idea_|bank|word_|wordWall|shelfWriterName|language_|setting_font$)", re.I
)
APP_NAME = "Writing Nook"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = tmp_path / "translations"
    out.mkdir()
    shutil.copy(TRANSLATIONS / "nook_en.qm", out / "nook_en.qm")
    write_pseudo(out)
    monkeypatch.setattr("nook.ui.language.translations_dir", lambda: out)
    return out


@pytest.fixture
def window(qtbot, nook_app, library: Library, folder: Path) -> Iterator[MainWindow]:
    library.set_setting("language", PSEUDO)  # the grown-up corner's too
    voice = ForwardingVoice()
    voice.attach(SilentVoice(word_ms=1))
    switch = LanguageSwitch(folder=folder)
    window = MainWindow(library, voice, languages=switch, screen_area=QRect(0, 0, 1280, 800))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    switch.remove()


def is_pseudo(text: str) -> bool:
    """A pseudo-translated phrase, whole or (a long one said in part) its beginning."""
    return ("[" in text and "]" in text and "~" in text) or text.startswith("[")


def plain(text: str) -> str:
    """A tool tip's words without the markup plain_tip wraps them in."""
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def supplied(widget: QWidget) -> bool:
    while widget is not None:
        if SUPPLIED.match(widget.objectName() or ""):
            return True
        widget = widget.parentWidget()
    return False


def phrases_of(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every phrase a person can read or hear on ``widget``."""
    found = [("accessibleName", widget.accessibleName()), ("toolTip", plain(widget.toolTip()))]
    if isinstance(widget, QLabel) and widget.pixmap().isNull():
        found.append(("text", widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append(("text", widget.text()))
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        found.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QGroupBox):
        found.append(("title", widget.title()))
    if isinstance(widget, QComboBox):
        found.append(("current", widget.currentText()))
    if isinstance(widget, QListWidget):
        found += [("item", widget.item(i).text()) for i in range(widget.count())]
    return [(what, text.strip()) for what, text in found if text and text.strip()]


def clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s words do not fit it, or None."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel) and widget.pixmap().isNull() and widget.text():
        room = widget.contentsRect()
        if widget.wordWrap():
            if widget.heightForWidth(room.width()) > room.height() + 2:
                return f"{widget.heightForWidth(room.width())} px tall in {room.height()}"
        elif metrics.horizontalAdvance(widget.text()) > room.width() + 2:
            return f"{metrics.horizontalAdvance(widget.text())} px wide in {room.width()}"
    if isinstance(widget, QAbstractButton) and widget.text():
        width = max(metrics.horizontalAdvance(line) for line in widget.text().splitlines())
        if width > widget.width():
            return f"{width} px wide in {widget.width()}"
    return None


def walk(screen: QWidget, window: MainWindow, user_words: set[str]) -> tuple[list[str], list[str]]:
    """Untranslated phrases and clipped controls among what is shown of ``screen``."""
    untranslated, cut = [], []
    for widget in [screen, *screen.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) or supplied(widget):
            continue
        for what, text in phrases_of(widget):
            if is_pseudo(text) or text == APP_NAME or text in user_words or not re.search(r"[A-Za-z]", text):
                continue
            untranslated.append(f"{widget.objectName() or type(widget).__name__}.{what}: {text!r}")
        why = clipped(widget)
        if why:
            cut.append(f"{widget.objectName() or type(widget).__name__}: {why}")
    return untranslated, cut


USER_WORDS = {"Maya", "My cat Tom", "Tom sleps on my bed", "eggs", "KEEP OUT", "Dear Nana"}


@pytest.fixture
def maya(library: Library):
    maya = library.add_writer("Maya", "fox", language=PSEUDO)
    pieces = {}
    for kind, words in (("book", "My cat Tom"), ("list", "eggs"), ("sign", "KEEP OUT"), ("letter", "Dear Nana")):
        piece = library.new_piece(maya.id, kind)
        library.update_page(library.pages(piece.id)[0].id, words=words)
        pieces[kind] = piece.id
    return maya, pieces


def check(screen: QWidget, window: MainWindow) -> None:
    untranslated, cut = walk(screen, window, USER_WORDS)
    assert not untranslated, "phrases that bypassed translate():\n" + "\n".join(untranslated)
    assert not cut, "controls whose words are cut:\n" + "\n".join(cut)


def test_the_writers_screen_and_making_a_writer(qtbot, window: MainWindow, maya) -> None:
    window.show_shelf(maya[0].id)  # the writer's pseudo-language is put in
    window.show_writers()
    check(window.writers_screen, window)
    window.writers_screen.start_adding()
    check(window.writers_screen, window)


def test_the_shelf(qtbot, window: MainWindow, maya) -> None:
    writer, pieces = maya
    window.show_shelf(writer.id)
    check(window.shelf_screen, window)
    window.shelf_screen.show_trash()
    check(window.shelf_screen, window)
    window.shelf_screen.show_ideas()
    check(window.shelf_screen, window)


def test_the_walk_finds_a_phrase_that_bypassed_translate(qtbot, window: MainWindow, maya) -> None:
    window.show_shelf(maya[0].id)
    window.shelf_screen.shelf_page.open_button.setAccessibleName("Open it")
    window.shelf_screen.action_bar.setVisible(True)
    untranslated, _ = walk(window.shelf_screen, window, USER_WORDS)
    assert untranslated == ["openPiece.accessibleName: 'Open it'"]


@pytest.mark.parametrize("kind", ["book", "list", "sign", "letter"])
def test_the_editor_of_each_kind(qtbot, window: MainWindow, maya, kind: str) -> None:
    writer, pieces = maya
    window.show_shelf(writer.id)
    window.open_piece(pieces[kind])
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())
    check(window.piece_screen, window)


def test_the_clip_check_sees_words_wider_than_their_button(qtbot) -> None:
    from nook.ui.kit.buttons import PictureButton

    button = PictureButton("book", "[Ñéw bóók ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]", "tooNarrow", 64, caption=True)
    qtbot.addWidget(button)
    button.setFixedWidth(64)
    assert clipped(button) is not None
    button.set_phrase("[Ñ ~]")
    assert clipped(button) is None


def test_show_time(qtbot, window: MainWindow, maya) -> None:
    writer, pieces = maya
    window.show_shelf(writer.id)
    show = window.show_time(pieces["book"])
    check(show, window)


def test_the_grown_up_corner(qtbot, window: MainWindow, maya) -> None:
    writer, pieces = maya
    window.show_shelf(writer.id)
    window.grown_up.gate = lambda parent: True
    assert window.grown_up.open()
    corner = window.grown_up.corner
    problems = []
    for name in list(corner.sections):
        corner.show_section(name)
        QApplication.processEvents()  # the page laid out at its size before it is measured
        untranslated, cut = walk(corner, window, USER_WORDS)
        problems += [f"[{name}] {line}" for line in untranslated + cut]
    assert not problems, "\n".join(problems)
