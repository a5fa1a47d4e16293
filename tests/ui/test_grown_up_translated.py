"""The grown-up corner's phrases go through translation, follow a live change of
language, and count in the language's own plurals ("the 1 piece", never "all 1 pieces")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLineEdit, QWidget

from nook.core.library import Library
from nook.speech import Voice
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.grownup.class_book_page import ClassBookPage
from nook.ui.grownup.corner import GrownUpCorner
from nook.ui.grownup.growth_page import GrowthPage
from nook.ui.grownup.safety_page import SafetyPage
from nook.ui.operations import Operations
from tests.translation_helpers import in_english, marked, translated


def is_marked(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def made_by_the_kit(widget: QWidget | None) -> bool:
    while widget is not None:
        if type(widget).__module__.startswith("nook.ui.kit") and not type(widget).__name__.startswith("Plain"):
            return True
        widget = widget.parentWidget()
    return False


def unmarked_phrases(corner: QWidget) -> list[str]:
    """Every phrase the corner shows or says that did not come through translation."""
    # Rows made again for the new language: the old ones go now, not on the next turn.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left: list[str] = []
    for widget in corner.findChildren(QWidget):
        if made_by_the_kit(widget):
            continue  # the shared kit's widgets are worded in the kit's own context
        where = widget.objectName() or type(widget).__name__
        # An accessible name may be cut short (a long paragraph's first 80 letters).
        if widget.objectName() and widget.accessibleName() and not widget.accessibleName().startswith("«"):
            left.append(f"{where} says {widget.accessibleName()!r}")
        if isinstance(widget, QAbstractButton) and widget.text() and not is_marked(widget.text().rstrip("…")):
            left.append(f"{where} shows {widget.text()!r}")
        if isinstance(widget, QGroupBox) and not is_marked(widget.title()):
            left.append(f"{where} titled {widget.title()!r}")
        if isinstance(widget, QLineEdit) and widget.placeholderText() and not is_marked(widget.placeholderText()):
            left.append(f"{where} hints {widget.placeholderText()!r}")
    return left


def make_corner(qtbot, library: Library, ops: Operations) -> GrownUpCorner:
    extra = [
        ("Backpack", BackpackPage(library, ops), "backpack"),
        ("Growth", GrowthPage(library, ops), "growth"),
        ("Library safety", SafetyPage(library), "lock"),
        ("Class book", ClassBookPage(library, Voice()), "book"),
    ]
    corner = GrownUpCorner(library, ops, Voice(), extra)
    qtbot.addWidget(corner)
    corner.resize(1100, 780)
    corner.show()
    for name in corner.sections:  # each made now, as when a grown-up has been to every one
        corner.show_section(name)
    corner.show_section("Settings")
    return corner


def test_every_corner_phrase_changes_with_the_language_and_back(qtbot, nook_app, library: Library, writer) -> None:
    library.trash_piece(library.new_piece(writer.id, "book").id)
    ops = Operations(library)
    corner = make_corner(qtbot, library, ops)
    titles = [corner.nav.item(n).text() for n in range(corner.nav.count())]
    assert titles[:2] == ["Settings", "Writers"] and titles[-1] == "About"

    with translated("GrownUp"):
        qtbot.waitUntil(lambda: corner.accessibleName() == marked("Grown-up corner"))
        assert [corner.nav.item(n).text() for n in range(corner.nav.count())] == [marked(t) for t in titles]
        left = unmarked_phrases(corner)
        assert left == [], "\n".join(left)
        assert corner.back_button.accessibleName() == marked("Back to the children")
        summary = corner.trash_page.summary.text()
        assert is_marked(summary) and summary.startswith("«1 piece(s) in the trash.")
        corner.show_section("Trash")
        corner.trash_page._ask_empty()
        assert is_marked(corner.trash_page.confirm.question.text())

    qtbot.waitUntil(lambda: corner.accessibleName() == "Grown-up corner")
    assert [corner.nav.item(n).text() for n in range(corner.nav.count())] == titles
    assert not is_marked(corner.trash_page.confirm.question.text())  # the open question is worded again
    ops.detach()


def test_counts_say_one_piece_and_many_pieces_in_english(qtbot, nook_app, library: Library, writer) -> None:
    ops = Operations(library)
    with in_english():
        corner = make_corner(qtbot, library, ops)
        trash = corner.trash_page
        library.trash_piece(library.new_piece(writer.id, "book").id)
        trash.refresh()
        trash._ask_empty()
        assert trash.summary.text().startswith("1 piece in the trash.")
        assert trash.confirm.question.text() == "Delete the 1 piece in the trash for good? This cannot be undone."
        for _ in range(2):
            library.trash_piece(library.new_piece(writer.id, "sign").id)
        trash.refresh()
        trash._ask_empty()
        assert trash.summary.text().startswith("3 pieces in the trash.")
        assert trash.confirm.question.text() == "Delete all 3 pieces in the trash for good? This cannot be undone."
    ops.detach()
