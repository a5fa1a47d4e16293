"""The child's word wall and idea cards: a word goes in with one tap (and is said); a card is heard first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget
from shelf_helpers import click, find

from nook.core import ideas, word_wall
from nook.core import picture as pic
from nook.core.library import Library
from nook.core.models import KINDS
from nook.ui.editor.word_wall import WordWallPanel
from nook.ui.main_window import MainWindow


def make_panel(qtbot, library, voice) -> WordWallPanel:
    panel = WordWallPanel(library, voice, 64)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    return panel


def word_button(panel: WordWallPanel, text: str):
    (button,) = [b for b in panel.word_buttons if b.word.word == text]
    return button


def test_one_tap_says_the_word_and_chooses_it(qtbot, nook_app, library: Library, voice) -> None:
    panel = make_panel(qtbot, library, voice)
    colours = word_wall.banks(library)[0]
    assert panel.bank_id == colours.id
    red = word_button(panel, "red")
    assert red.accessibleName() == "red" and red.objectName().startswith("word_")
    with qtbot.waitSignal(panel.word_chosen) as chosen:
        click(qtbot, red)
    assert chosen.args == ["red"] and voice.spoken == ["red"]
    # The same word again goes in again, said again once heard: nothing waits for a second
    # tap (a second tap while it is still said leaves it whole: test_said_once.py).
    qtbot.waitUntil(lambda: not voice.is_speaking())
    with qtbot.waitSignal(panel.word_chosen) as chosen:
        click(qtbot, red)
    assert chosen.args == ["red"] and voice.spoken == ["red", "red"]
    with qtbot.waitSignal(panel.word_chosen) as chosen:
        click(qtbot, word_button(panel, "blue"))
    assert chosen.args == ["blue"] and voice.spoken[-1] == "blue"


def test_banks_switch_and_grown_up_banks_appear(qtbot, nook_app, library: Library, voice) -> None:
    bank = word_wall.add_bank(library, "Dinosaurs", "t_rex")
    word_wall.add_word(library, bank.id, "stegosaurus", "sauropod")
    panel = make_panel(qtbot, library, voice)
    click(qtbot, find(panel, f"bank_{bank.id}"))
    assert [b.word.word for b in panel.word_buttons] == ["stegosaurus"]
    click(qtbot, find(panel, "bank_animals"))
    animals = [b for b in word_wall.banks(library) if b.builtin == "animals"][0]
    assert [b.word.word for b in panel.word_buttons] == [w.word for w in word_wall.words(library, animals.id)]
    word_wall.update_bank(library, bank.id, hidden=True)
    panel.hide()
    panel.show()  # shown again: read again
    assert bank.id not in panel.bank_buttons and animals.id in panel.bank_buttons
    assert panel.bank_id == animals.id  # still on the bank the child chose


def test_a_word_wall_word_lands_in_the_pages_words(qtbot, nook_app, library: Library, voice) -> None:
    writer = library.add_writer("Maya", "fox")
    piece = library.new_piece(writer.id, "book")
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    window.open_piece(piece.id)
    screen = window.piece_screen
    boxes = [
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and w.isVisible() and not w.isReadOnly()
    ]
    box = boxes[0]
    box.setFocus()
    qtbot.keyClicks(box, "I like")
    # The child opens the word wall in the editor and taps a word once, quickly.
    click(qtbot, find(screen, "wordWall"))
    panel = screen.findChild(WordWallPanel)
    assert panel is not None and panel.isVisible()
    red = word_button(panel, "red")
    point = red.rect().center()
    QTest.mouseMove(red, point)
    QTest.mousePress(red, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(red, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert voice.spoken[-1] == "red"
    window.flush()
    assert [page.words for page in library.pages(piece.id)][0].split() == ["I", "like", "red"]
    window.close()


def test_an_idea_card_starts_a_piece_of_its_kind(qtbot, nook_app, library: Library, voice) -> None:
    writer = library.add_writer("Maya", "fox")
    window = MainWindow(library, voice)
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    for kind in KINDS:
        click(qtbot, find(window.shelf_screen, "showIdeas"))
        card = ideas.cards(library, kind)[0]
        button = find(window.shelf_screen, f"idea_{card.id}")
        assert button.accessibleName() == card.text
        click(qtbot, button)
        assert window.piece_screen is None  # the first tap only says it
        assert voice.spoken[-1] == card.text
        click(qtbot, button)
        qtbot.waitUntil(lambda: window.piece_screen is not None)
        piece = library.piece(window.piece_screen.piece_id)
        assert piece.kind == kind
        pages = library.pages(piece.id)
        assert all(page.words == "" for page in pages)  # nothing pre-written
        # The card the child chose comes along: its sticker is on the first page.
        assert [item.get("sticker") for item in pic.items_of(pages[0].picture)] == [card.picture]
        window.show_shelf(writer.id)
    assert library.count_pieces(writer.id) == 0  # each was left untouched: no clutter (issue 14)
    window.close()


def test_ideas_are_optional_and_hidden_cards_are_not_shown(qtbot, nook_app, shelf_screen, library) -> None:
    hidden = ideas.cards(library)[0]
    ideas.hide_card(library, hidden.id)
    click(qtbot, find(shelf_screen, "showIdeas"))
    assert shelf_screen.findChild(type(find(shelf_screen, "showIdeas")), f"idea_{hidden.id}") is None
    assert len(shelf_screen.ideas_panel.cards) == len(ideas.cards(library))
    click(qtbot, find(shelf_screen, "ideasBack"))
    assert find(shelf_screen, "newBook").isVisible()  # back on the shelf, nothing started
    assert library.count_pieces(shelf_screen.writer_id) == 0


def test_ideas_for_one_kind(qtbot, nook_app, shelf_screen, library) -> None:
    click(qtbot, find(shelf_screen, "showIdeas"))
    panel = shelf_screen.ideas_panel
    click(qtbot, find(panel, "ideasKind_sign"))
    shown = [c.card for c in panel.cards if c.isVisibleTo(panel)]
    assert shown and {c.kind for c in shown} == {"sign"}
    assert len(shown) == len(ideas.cards(library, "sign"))
    click(qtbot, find(panel, "ideasKind_all"))
    assert len([c for c in panel.cards if c.isVisibleTo(panel)]) == len(ideas.cards(library))


def test_a_spanish_writer_hears_the_ideas_in_spanish(qtbot, nook_app, shelf_screen, library, writer, voice) -> None:
    library.set_setting("language", "es", writer.id)
    ideas.update_card(library, "shopping_list", text="Make a list for the class picnic")  # a grown-up's words
    click(qtbot, find(shelf_screen, "showIdeas"))
    panel = shelf_screen.ideas_panel

    def card(card_id: str):  # the panel's cards now (those it replaced are on their way out)
        (found,) = [c for c in panel.cards if c.card.id == card_id]
        return found

    assert card("pet_book").accessibleName() == "Haz un libro sobre tu mascota"
    assert card("shopping_list").accessibleName() == "Make a list for the class picnic"
    click(qtbot, card("pet_book"))
    assert voice.spoken[-1] == "Haz un libro sobre tu mascota"
    library.set_setting("language", "en", writer.id)  # the grown-up changes it back
    assert card("pet_book").accessibleName() == "Make a book about your pet"
    # The Spanish cards are gone from sight at once, not painted under the English ones.
    shown = [b.accessibleName() for b in panel.findChildren(type(card("pet_book"))) if b.isVisibleTo(panel)]
    assert "Haz un libro sobre tu mascota" not in shown and "Make a book about your pet" in shown
