"""Each kind of piece: list items with ticks, sign looks, letter parts and envelope,
plus read aloud, tapping a word and the word wall."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt

from nook.render import draw_page
from nook.speech import ForwardingVoice
from nook.speech.silent import SilentVoice
from tests.ui.editor.conftest import drag, page_point, tap

LEFT = Qt.MouseButton.LeftButton


def test_a_list_has_a_title_items_ticks_and_little_pictures(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "list")
    screen = open_piece(piece.id)
    title, first = screen.views
    qtbot.keyClicks(title.edits["words"], "Things I love")
    qtbot.keyClicks(first.edits["words"], "cats")
    qtbot.mouseClick(screen.findChild(type(screen.undo_button), "addItem"), LEFT)
    assert len(screen.views) == 3
    qtbot.keyClicks(screen.views[2].edits["words"], "pizza")
    # A little picture in the row, drawn with the brush.
    drag(qtbot, screen.views[2], [(1250, 100), (1500, 300)])
    assert len(screen.views[2].state.items) == 1
    # Tick the first item.
    tap(qtbot, screen.views[1], 150, 200)
    assert screen.views[1].state.extras["ticked"] is True
    screen.flush()
    pages = library.pages(piece.id)
    assert [p.words for p in pages] == ["Things I love", "cats", "pizza"]
    assert pages[1].extras["ticked"] is True
    assert library.piece(piece.id).title == "Things I love"
    # Move pizza up, then take cats away, then undo both.
    qtbot.mouseClick(screen.findChild(type(screen.undo_button), "moveItemUp2"), LEFT)
    assert [p.words for p in library.pages(piece.id)] == ["Things I love", "pizza", "cats"]
    qtbot.mouseClick(screen.findChild(type(screen.undo_button), "removeItem2"), LEFT)
    assert [p.words for p in library.pages(piece.id)] == ["Things I love", "pizza"]
    screen.undo()
    screen.undo()
    assert [p.words for p in library.pages(piece.id)] == ["Things I love", "cats", "pizza"]
    assert library.pages(piece.id)[1].extras["ticked"] is True


def test_a_sign_grows_its_words_and_changes_its_look(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "sign")
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    qtbot.keyClicks(edit, "KEEP OUT")
    big = edit.font().pixelSize()
    qtbot.keyClicks(edit, " of my room please, dragons live here")
    assert edit.font().pixelSize() < big  # more words, smaller, still all in the space
    assert big > 100  # a few words fill the sign, readable across a room
    qtbot.mouseClick(screen.part.look_bar.buttons["stop"], LEFT)
    assert library.piece(piece.id).look == "stop"
    image = draw_page(library, library.pages(piece.id)[0], QSize(400, 300))
    assert image.pixelColor(200, 20).name() == "#d62828"
    screen.undo()
    assert library.piece(piece.id).look == ""
    screen.redo()
    assert screen.part.look_bar.buttons["stop"].isChecked()


def test_a_letter_has_dear_body_love_and_an_envelope(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "letter")
    screen = open_piece(piece.id)
    view = screen.current_view
    assert view.edits["greeting"].toPlainText() == "Dear "
    assert view.edits["closing"].toPlainText() == "Love,\nMaya"
    view.edits["greeting"].moveCursor(view.edits["greeting"].textCursor().MoveOperation.End)
    qtbot.keyClicks(view.edits["greeting"], "Grandma")
    qtbot.keyClick(view.edits["greeting"], Qt.Key.Key_Return)  # one line only
    qtbot.keyClicks(view.edits["words"], "I miss you")
    qtbot.mouseClick(screen.part.envelope_button, LEFT)
    assert screen.states[-1].role == "envelope" and screen.index == 1
    envelope = screen.current_view
    assert envelope.edits["from"].toPlainText() == "Maya"
    qtbot.keyClicks(envelope.edits["to"], "Grandma Rosa")
    screen.flush()
    letter, env = library.pages(piece.id)
    assert letter.extras["greeting"] == "Dear Grandma"
    assert letter.words == "I miss you"
    assert env.extras["to"] == "Grandma Rosa"
    assert library.piece(piece.id).title == "Dear Grandma"
    qtbot.mouseClick(screen.part.remove_page_button, LEFT)
    assert [p.role for p in library.pages(piece.id)] == ["letter"]
    screen.undo()
    assert [p.role for p in library.pages(piece.id)] == ["letter", "envelope"]


def test_read_to_me_reads_the_page_and_turns_to_the_next(qtbot, library, writer, open_piece):
    voice = SilentVoice(word_ms=1)
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="My cat")
    library.update_page(library.pages(piece.id)[1].id, words="She naps")
    screen = open_piece(piece.id, voice=voice)
    qtbot.mouseClick(screen.read_button, LEFT)
    qtbot.waitUntil(lambda: voice.spoken[-1:] == ["She naps"], timeout=3000)
    assert voice.spoken[:2] == ["My cat", "She naps"]
    assert screen.index == 1
    # A tap on a word says that word.
    edit = screen.current_view.edits["words"]
    qtbot.mouseClick(edit.viewport(), LEFT, pos=edit.cursorRect(edit.document().find("naps")).center())
    qtbot.waitUntil(lambda: voice.spoken[-1] == "naps", timeout=1000)


def test_a_sticker_says_its_name_when_chosen(qtbot, library, writer, open_piece):
    voice = SilentVoice(word_ms=1)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, voice=voice)
    qtbot.mouseClick(screen.tool_panel.buttons["sticker"], LEFT)
    qtbot.mouseClick(screen.sticker_box.sticker_buttons["cat"], LEFT)
    assert voice.spoken[-1] == "cat"


def test_without_a_voice_the_speech_buttons_show_no_sound(qtbot, library, writer, open_piece):
    from nook.ui.kit.icons import icon

    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    assert not screen.read_button.isEnabled()
    expected = icon("no_sound").pixmap(32).toImage()
    assert screen.read_button.icon().pixmap(32).toImage() == expected


def test_a_word_wall_word_lands_at_the_cursor(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    if screen.word_wall is None:
        import pytest

        pytest.skip("the word wall is not in this build")
    edit = screen.current_view.edits["words"]
    qtbot.keyClicks(edit, "I like")
    qtbot.mouseClick(screen.word_wall_button, LEFT)
    assert screen.side.currentWidget() is screen.word_wall
    screen.word_wall.word_chosen.emit("elephants")
    assert edit.toPlainText() == "I like elephants "
    screen.flush()
    assert library.pages(piece.id)[0].words == "I like elephants "


def test_settings_take_effect_at_once(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    edit = screen.current_view.edits["words"]
    qtbot.keyClicks(edit, "abc")
    library.set_setting("all_caps", True, writer.id)
    assert edit.font().capitalization() == edit.font().Capitalization.AllUppercase
    assert edit.toPlainText() == "abc"  # stored as typed, shown in capitals
    library.set_setting("text_size", 60, writer.id)
    assert edit.font().pixelSize() > 0
    _ = page_point


def test_a_voice_whose_engine_arrives_later_turns_the_speech_buttons_on(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[0].id, words="Hello there")
    voice = ForwardingVoice()
    screen = open_piece(piece.id, voice=voice)
    assert not screen.read_button.isEnabled()
    engine = SilentVoice(word_ms=1)
    voice.attach(engine)
    assert screen.read_button.isEnabled()
    qtbot.mouseClick(screen.read_button, LEFT)
    qtbot.waitUntil(lambda: engine.spoken == ["Hello there"], timeout=2000)


def test_typing_echo_says_each_word(qtbot, library, writer, open_piece):
    library.set_setting("echo_words", True, writer.id)
    voice = SilentVoice(word_ms=1)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id, voice=voice)
    qtbot.keyClicks(screen.current_view.edits["words"], "big dog ")
    assert voice.spoken[-2:] == ["big", "dog"]


def test_a_letter_is_read_in_reading_order(qtbot, library, writer, open_piece):
    voice = SilentVoice(word_ms=1)
    piece = library.new_piece(writer.id, "letter")
    library.update_page(library.pages(piece.id)[0].id, words="I miss you")
    screen = open_piece(piece.id, voice=voice)
    qtbot.mouseClick(screen.read_button, LEFT)
    qtbot.waitUntil(lambda: len(voice.spoken) == 3, timeout=3000)
    assert voice.spoken == ["Dear ", "I miss you", "Love,\nMaya"]


def test_the_page_itself_stays_quiet_but_its_words_box_talks(qtbot, library, writer, open_piece):
    from nook.ui.kit.talking import talking_name

    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    view = screen.current_view
    assert talking_name(view) == (None, "")
    edit = view.edits["words"]
    assert talking_name(edit) == (edit, "Your book's name")
    assert talking_name(view.handles.turn) == (view.handles.turn, "Turn it")


def test_little_sounds_follow_the_grown_up_setting(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    qtbot.mouseClick(screen.next_button, LEFT)
    qtbot.mouseClick(screen.finished_button, LEFT)
    assert screen.sounds.played == ["page_turn", "finished"]
    library.set_setting("sounds", False)
    qtbot.mouseClick(screen.previous_button, LEFT)
    assert screen.sounds.played == ["page_turn", "finished"]


def test_a_paste_into_dear_stays_one_line(qtbot, library, writer, open_piece):
    from PySide6.QtCore import QMimeData

    piece = library.new_piece(writer.id, "letter")
    screen = open_piece(piece.id)
    greeting = screen.current_view.edits["greeting"]
    greeting.moveCursor(greeting.textCursor().MoveOperation.End)
    data = QMimeData()
    data.setText("Grandma\nand\tGrandpa")
    greeting.insertFromMimeData(data)
    assert greeting.toPlainText() == "Dear Grandma and Grandpa"


def test_turning_the_page_while_reading_stops_cleanly(qtbot, library, writer, open_piece):
    voice = SilentVoice(word_ms=50)
    piece = library.new_piece(writer.id, "book")
    for words in ("page three is about a fish", "page four is about a frog"):
        library.add_page(piece.id, words=words)
    library.update_page(library.pages(piece.id)[0].id, words="My big book of animals")
    library.update_page(library.pages(piece.id)[1].id, words="page two is about a cat")
    screen = open_piece(piece.id, voice=voice)
    with qtbot.captureExceptions() as errors:
        with qtbot.waitSignal(voice.word, timeout=2000):  # the book is being read
            qtbot.mouseClick(screen.read_button, LEFT)
        with qtbot.waitSignal(voice.finished, timeout=2000):  # and the reading is cut off
            qtbot.mouseClick(screen.next_button, LEFT)  # the child turns the page mid-sentence
        assert screen.index == 1 and not screen.reading.reading_piece and not voice.is_speaking()
        # A tap on a word says only that word, to its end; the book does not read on by itself.
        edit = screen.current_view.edits["words"]
        with qtbot.waitSignal(voice.finished, timeout=2000):
            qtbot.mouseClick(edit.viewport(), LEFT, pos=edit.cursorRect(edit.document().find("cat")).center())
        qtbot.waitUntil(lambda: not voice.is_speaking(), timeout=2000)
    assert not errors, errors
    assert screen.index == 1
    assert voice.spoken == ["My big book of animals", "cat"]


def test_a_book_reopens_on_the_page_the_child_left(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "book")
    for n in range(3, 7):
        library.add_page(piece.id, words=f"page {n}")
    screen = open_piece(piece.id)
    screen.go_to(3)
    screen.close_piece()
    again = open_piece(piece.id)
    assert again.index == 3 and "page 4" in again.current_view.edits["words"].toPlainText()
    library.delete_page(library.pages(piece.id)[-1].id)
    library.delete_page(library.pages(piece.id)[-1].id)
    library.delete_page(library.pages(piece.id)[-1].id)
    third = open_piece(piece.id)  # fewer pages now: the last one, never past the end
    assert third.index == len(library.pages(piece.id)) - 1


def test_enter_on_a_list_goes_to_the_next_item_or_starts_one(qtbot, library, writer, open_piece):
    piece = library.new_piece(writer.id, "list")
    screen = open_piece(piece.id)
    first = screen.views[1].edits["words"]  # views[0] is the list's title
    first.setFocus()
    qtbot.keyClicks(first, "apples")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert len(screen.views) == 3  # the rows are built again with the new item
    first = screen.views[1].edits["words"]
    assert first.toPlainText() == "apples"  # no line break inside the item
    second = screen.views[2].edits["words"]
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClicks(second, "pears")
    screen.flush()
    assert [p.words for p in library.pages(piece.id)] == ["", "apples", "pears"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Enter)  # not the last item: just move to the next
    assert len(screen.views) == 3
    qtbot.waitUntil(lambda: screen.views[2].edits["words"].hasFocus())
