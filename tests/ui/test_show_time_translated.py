"""Show time's phrases go through translation and follow a live change of language."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from nook.core.library import Library
from nook.speech import Voice
from nook.ui.kit.buttons import PictureButton
from nook.ui.show_time.screen import ShowTime
from tests.translation_helpers import marked, translated


def spoken_names(show: ShowTime) -> dict[str, str]:
    """objectName -> accessibleName of every named control show time made itself."""
    names = {}
    for widget in [show, *show.findChildren(QWidget)]:
        kit = type(widget).__module__.startswith("nook.ui.kit") and not isinstance(widget, PictureButton)
        # The saving progress is the shared kit's, worded in the kit's own context.
        kit = kit or widget is show.saving or show.saving.isAncestorOf(widget)
        if widget.objectName() and widget.accessibleName() and not kit:
            names[widget.objectName()] = widget.accessibleName()
    return names


def test_show_time_changes_language_live_and_back(qtbot, nook_app, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    library.add_page(piece.id)
    show = ShowTime(library, piece.id, Voice())
    qtbot.addWidget(show)
    show.show()
    english = spoken_names(show)
    assert english["showTime"] == "Show time" and english["leaveShowTime"] == "Back"
    assert show.page_style.byline == "by Maya"

    with translated("ShowTime", "Book"):
        qtbot.waitUntil(lambda: show.accessibleName() == marked("Show time"))
        names = spoken_names(show)
        assert names.keys() == english.keys()
        assert {k: v for k, v in names.items() if not (v.startswith("«") and v.endswith("»"))} == {}
        assert show.stage.accessibleName() == marked("The cover")
        assert show.page_style.byline == marked("by {name}").format(name="Maya")  # the name stays as typed
        show.next_page()
        assert show.page_label.accessibleName() == marked("Page {number} of {count}").format(number=1, count=2)
        assert show.read_button.toolTip().count("«") == 1

    qtbot.waitUntil(lambda: show.accessibleName() == "Show time")
    assert show.page_label.accessibleName() == "Page 1 of 2" and show.page_label.text() == "1 / 2"
    assert show.page_style.byline == "by Maya"
