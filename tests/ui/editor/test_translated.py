"""The editor's phrases go through translation and follow a live change of language."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget

from nook.ui.editor import PieceScreen
from nook.ui.kit.buttons import PictureButton
from tests.translation_helpers import marked, translated

# Names that are the catalogue's or the grown-up's words, not phrases of the app.
DATA_NAMES = ("sticker_", "stickerCategory", "bank_", "word_")


def made_by_the_kit(widget: QWidget) -> bool:
    """A shared kit widget that names itself (its phrases are the kit's, tested there);
    picture buttons are the kit's too, but the editor gives them their phrases."""
    return type(widget).__module__.startswith("nook.ui.kit") and not isinstance(widget, PictureButton)


def spoken_names(screen: PieceScreen) -> dict[str, str]:
    """objectName -> accessibleName of every named control the editor made itself."""
    names: dict[str, str] = {}
    for widget in screen.findChildren(QWidget):
        name = widget.objectName()
        if widget.accessibleName() and name and not name.startswith(DATA_NAMES) and not made_by_the_kit(widget):
            names[name] = widget.accessibleName()
    return names


def unmarked(names: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in names.items() if not (value.startswith("«") and value.endswith("»"))}


def made_later(screen: PieceScreen) -> None:
    """The parts made when first wanted (hidden when a piece opens), made now."""
    assert screen.sticker_box and screen.words_colour_panel and screen.word_wall and screen.oops_bubble


def test_every_editor_phrase_changes_with_the_language_and_back(qtbot, library, writer, open_piece) -> None:
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.ops.add_page()
    made_later(screen)
    english = spoken_names(screen)
    assert english["backToShelf"] == "My shelf" and english["pageThumb2"] == "Page 1 of 2"
    assert {"toolBrush", "colourRed", "recordButton", "addPage", "wordsWords"} <= english.keys()
    assert {"stickerSearch", "wordsColourRed", "closeWordWall"} <= english.keys()

    with translated("Editor", "Book"):
        qtbot.waitUntil(lambda: screen.back_button.accessibleName() == marked("My shelf"))
        names = spoken_names(screen)
        assert unmarked(names) == {}
        assert names.keys() == english.keys()
        assert marked("My shelf") in screen.back_button.toolTip()
        assert names["pageThumb1"] == marked("The cover")
        assert names["pageThumb2"] == marked("Page {number} of {count}").format(number=1, count=2)
        assert screen.sticker_box.accessibleName() == marked("Stickers")
        assert screen.oops_bubble.show_reason("no_photos") == marked("Ask a grown-up to add photos.")

    # Taken away again: the screen is back in English, the oops showing too.
    qtbot.waitUntil(lambda: screen.back_button.accessibleName() == "My shelf")
    assert spoken_names(screen) == english | {"oopsBubble": "Ask a grown-up to add photos."}
    assert screen.oops_bubble.message.text() == "Ask a grown-up to add photos."


def test_each_kind_opens_in_the_language_installed(qtbot, library, writer, open_piece) -> None:
    with translated("Editor", "Book"):
        for kind in ("list", "sign", "letter"):
            screen = open_piece(library.new_piece(writer.id, kind).id)
            assert unmarked(spoken_names(screen)) == {}, kind
            made_later(screen)  # made in the language installed then too
            assert unmarked(spoken_names(screen)) == {}, kind
            buttons = [b for b in screen.findChildren(QToolButton) if b.isVisibleTo(screen)]
            assert all(b.accessibleName() for b in buttons), kind
        # The list's rows are made again as items come and go; they are said in the language.
        screen = open_piece(library.new_piece(writer.id, "list").id)
        screen.part.add_item()
        assert screen.findChild(QWidget, "removeItem1").accessibleName() == marked("Take this away")


def test_the_writers_name_is_never_translated(qtbot, library, writer, open_piece) -> None:
    screen = open_piece(library.new_piece(writer.id, "book").id)
    assert screen.piece.page_style.byline == "by Maya"
    with translated("Book"):
        # The cover's "by …" line follows the language live; the name stays as typed.
        qtbot.waitUntil(lambda: screen.piece.page_style.byline == marked("by {name}").format(name="Maya"))
