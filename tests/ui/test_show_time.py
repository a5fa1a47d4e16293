"""Show time driven like a child would: taps, arrow keys, the big buttons, and read aloud
turning the pages by itself with each heard word lit."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication

from nook.core.library import Library
from nook.render import PageStyle
from nook.speech import ForwardingVoice, Voice, make_voice
from nook.ui.show_time.screen import ShowTime
from nook.ui.show_time.spoken import spoken_parts, spoken_text, word_rects


@pytest.fixture
def story(library: Library, writer, nook_app):
    piece = library.new_piece(writer.id, "book")
    cover, first = library.pages(piece.id)
    library.update_page(cover.id, words="My cat Tom")
    library.update_page(first.id, words="Tom is big")
    library.add_page(piece.id, words="Tom is soft and he naps all day long in the sun")
    return library.piece(piece.id)


@pytest.fixture
def show(library: Library, story, qtbot):
    widget = ShowTime(library, story.id, Voice())
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_keys_turn_the_pages_and_stop_at_the_ends(show: ShowTime, qtbot) -> None:
    assert show.index == 0 and show.page_label.accessibleName() == "The cover"
    assert show.stage.accessibleName() == "The cover"
    qtbot.keyClick(show, Qt.Key.Key_Right)
    # The first page after the cover is page 1, as a child counts.
    assert show.page_label.text() == "1 / 2" and show.page_label.accessibleName() == "Page 1 of 2"
    assert show.stage.accessibleName() == "Page 1"
    qtbot.keyClick(show, Qt.Key.Key_Space)
    assert show.index == 2 and show.page_label.accessibleName() == "Page 2 of 2"
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.index == 2 and not show.next_button.isEnabled()
    qtbot.keyClick(show, Qt.Key.Key_Left)
    assert show.index == 1 and show.stage.page.words == "Tom is big"
    qtbot.keyClick(show, Qt.Key.Key_Home)
    assert show.index == 0 and not show.previous_button.isEnabled()


def test_taps_and_big_buttons_turn_the_pages(show: ShowTime, qtbot) -> None:
    stage = show.stage
    qtbot.mouseClick(stage, Qt.MouseButton.LeftButton, pos=QPoint(stage.width() - 20, stage.height() // 2))
    assert show.index == 1
    qtbot.mouseClick(show.next_button, Qt.MouseButton.LeftButton)
    assert show.index == 2
    qtbot.mouseClick(stage, Qt.MouseButton.LeftButton, pos=QPoint(20, stage.height() // 2))
    assert show.index == 1
    qtbot.mouseClick(show.previous_button, Qt.MouseButton.LeftButton)
    assert show.index == 0


def test_escape_leaves(show: ShowTime, qtbot) -> None:
    with qtbot.waitSignal(show.left, timeout=1000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()


def test_the_big_back_button_leaves(show: ShowTime, qtbot) -> None:
    assert show.back_button.accessibleName() == "Back" and show.back_button.width() >= 64
    with qtbot.waitSignal(show.left, timeout=1000):
        qtbot.mouseClick(show.back_button, Qt.MouseButton.LeftButton)


def test_without_a_voice_show_time_is_silent(show: ShowTime) -> None:
    assert not show.speaks and not show.read_button.isVisible()
    show.start_reading()
    assert not show.reading


def test_read_aloud_lights_each_word_and_turns_the_pages_by_itself(library, story, qtbot) -> None:
    voice = make_voice("silent")
    # The look at each read page is short here (its length is the next test's business).
    show = ShowTime(library, story.id, voice=voice, after_reading_ms=20)
    qtbot.addWidget(show)
    show.resize(1000, 760)
    lit: list[tuple[int, int]] = []
    pages: list[int] = []
    show.page_changed.connect(pages.append)
    voice.word.connect(lambda _u, start, length: lit.append((show.index, len(show.stage.lit))))
    show.present()
    assert show.isFullScreen() and show.reading
    assert show.read_button.accessibleName() == "Stop reading"
    qtbot.waitUntil(lambda: not show.reading, timeout=5000)
    assert pages == [1, 2]
    assert voice.spoken == ["My cat Tom\n\nby Maya", "Tom is big", "Tom is soft and he naps all day long in the sun"]
    assert {index for index, _ in lit} == {0, 1, 2}
    assert all(count >= 1 for _, count in lit)  # every heard word was lit
    assert show.stage.lit == [] and show.read_button.accessibleName() == "Read to me"
    voice.shutdown()


def test_a_read_page_stays_a_moment_before_it_turns(library, story, qtbot) -> None:
    voice = make_voice("silent")
    show = ShowTime(library, story.id, voice=voice, after_reading_ms=150)
    qtbot.addWidget(show)
    events: list[tuple[str, int]] = []
    show.page_changed.connect(lambda index: events.append(("turned to", index)))
    # Connected after show time's own handler: sees the page as the reading's end left it.
    voice.finished.connect(lambda _u: events.append(("read", show.index)))
    pausing: list[bool] = []
    voice.finished.connect(lambda _u: pausing.append(show._turn_timer.isActive() and show.stage.lit == []))
    show.present()
    qtbot.waitUntil(lambda: not show.reading, timeout=5000)
    # Each page is read, then still shown (unlit, the turn waiting), and only then turned.
    assert events == [("read", 0), ("turned to", 1), ("read", 1), ("turned to", 2), ("read", 2)]
    assert pausing == [True, True, False]  # the last page has nothing to wait for
    assert show.index == 2 and show.read_button.accessibleName() == "Read to me"
    voice.shutdown()


def test_stopping_during_the_look_keeps_the_page(library, story, qtbot) -> None:
    voice = make_voice("silent")
    show = ShowTime(library, story.id, voice=voice, after_reading_ms=100)
    qtbot.addWidget(show)
    show.present()
    qtbot.waitUntil(show._turn_timer.isActive, timeout=5000)
    qtbot.mouseClick(show.read_button, Qt.MouseButton.LeftButton)  # "Stop reading"
    assert not show.reading and not show._turn_timer.isActive()
    with qtbot.assertNotEmitted(show.page_changed, wait=200):
        pass
    assert show.index == 0
    voice.shutdown()


def test_leaving_while_reading_stops_the_voice(library, story, qtbot) -> None:
    voice = make_voice("silent")
    voice.word_ms = 200
    show = ShowTime(library, story.id, voice=voice)
    qtbot.addWidget(show)
    show.present()
    with qtbot.waitSignal(voice.finished, timeout=1000):
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert show.index == 0 and len(voice.spoken) == 1
    voice.shutdown()


def test_the_light_falls_on_the_word_in_order(library, story, nook_app) -> None:
    page = library.pages(story.id)[2]
    style = PageStyle.resolve(library, story)
    parts = spoken_parts(style, story, page)
    text = spoken_text(parts)
    soft = word_rects(parts[0], style.text_style(page), text.index("soft"), 4)
    naps = word_rects(parts[0], style.text_style(page), text.index("naps"), 4)
    assert len(soft) == 1 and len(naps) == 1
    assert soft[0].right() < naps[0].left() and abs(soft[0].top() - naps[0].top()) < 1
    box = parts[0].box.rect
    assert box.contains(soft[0].center()) and box.contains(naps[0].center())


# -- sharing from show time ----------------------------------------------------------------
def test_saving_a_pdf_and_pictures_asks_the_grown_up_first(show: ShowTime, tmp_path, qtbot) -> None:
    answers = iter([False, True, True])
    show.gate = lambda parent: next(answers)
    out = tmp_path / "out"
    out.mkdir()
    show.choose_pdf_path = lambda parent, suggested: str(out / "tom")
    show.choose_folder = lambda parent: str(out / "pictures")
    assert not show.save_pdf() and not list(out.iterdir())  # a child tapped it: nothing
    with qtbot.waitSignal(show.saving.saved, timeout=30_000) as saved:
        assert show.save_pdf()
        assert show.saving.isVisible()  # made in the background, with a progress picture
    assert saved.args[0] == out / "tom.pdf" and (out / "tom.pdf").read_bytes().startswith(b"%PDF")
    assert show.saving.notice.text() == f"Saved: {out / 'tom.pdf'}" and not show.saving.isVisible()
    with qtbot.waitSignal(show.saving.saved, timeout=30_000):
        assert show.save_pictures()
    assert sorted(p.name for p in (out / "pictures").iterdir()) == [
        "My-cat-Tom-01.png",
        "My-cat-Tom-02.png",
        "My-cat-Tom-03.png",
    ]


def test_a_finished_save_is_said_aloud_but_never_over_the_reading(library, story, tmp_path, qtbot) -> None:
    voice = make_voice("silent")
    show = ShowTime(library, story.id, voice=voice)
    qtbot.addWidget(show)
    show.gate = lambda parent: True
    show.choose_pdf_path = lambda parent, suggested: str(tmp_path / "tom")
    with qtbot.waitSignal(show.saving.saved, timeout=30_000):
        assert show.save_pdf()
    # The grown-up (or the child beside them) hears it is done, in the app's voice.
    assert voice.spoken[-1] == "Done! It is saved."
    voice.word_ms = 300
    show.choose_pdf_path = lambda parent, suggested: str(tmp_path / "tom again")
    with qtbot.waitSignal(show.saving.saved, timeout=30_000):
        assert show.save_pdf()
        show.start_reading()  # the child starts the reading while the file is made
        assert show.reading
    assert voice.spoken[-1] != "Done! It is saved."  # shown, not said over the page being read
    assert show.saving.notice.isVisibleTo(show)
    voice.shutdown()


def test_a_talking_book_from_show_time_while_the_pages_still_turn(show: ShowTime, tmp_path, qtbot) -> None:
    show.gate = lambda parent: True
    show.choose_epub_path = lambda parent, suggested: str(tmp_path / "tom")
    turned: list[int] = []
    show.page_changed.connect(turned.append)
    with qtbot.waitSignal(show.saving.saved, timeout=60_000) as saved:
        assert show.save_talking_book()
        assert not show.save_talking_book()  # one at a time
        qtbot.keyClick(show, Qt.Key.Key_Right)  # the window answers while the book is made
        assert turned == [1]
    assert saved.args[0] == tmp_path / "tom.epub"
    with zipfile.ZipFile(tmp_path / "tom.epub") as book:
        assert book.read("mimetype") == b"application/epub+zip"
        text = b" ".join(book.read(n) for n in book.namelist() if n.endswith(".xhtml"))
    assert b">naps<" in text


def test_printing_is_for_grown_ups_unless_they_let_children(show: ShowTime, library) -> None:
    from nook.core.settings import DEFAULTS

    printed: list[str] = []
    asked: list[bool] = []
    show.print_dialog = lambda lib, piece_id, parent: printed.append(piece_id) or True
    show.gate = lambda parent: asked.append(True) or False
    assert DEFAULTS["child_may_print"] is False  # the print dialog is words only: a grown-up's
    assert not show.print_piece() and asked == [True] and printed == []
    library.set_setting("child_may_print", True)
    show.child_printer = lambda: None  # a child may print now: the picture-only step (tests/ui/test_child_print.py)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert not show.print_piece() and printed == [] and asked == [True]
    for button in show.share_buttons:
        assert button.accessibleName() and button.width() >= 48


def test_the_shelf_and_the_editor_open_show_time_and_it_returns_there(library, story, qtbot) -> None:
    from nook.ui.main_window import MainWindow

    library.set_state("last_writer", story.writer_id)
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    assert window.screens.currentWidget() is window.shelf_screen
    window.shelf_screen.show_time_wanted.emit(story.id)
    show = window.show_time_screen
    assert show is not None and window.screens.currentWidget() is show and window.isFullScreen()
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.index == 1
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert window.screens.currentWidget() is window.shelf_screen and window.show_time_screen is None
    assert not window.isFullScreen()

    window.open_piece(story.id)
    window.piece_screen.show_time_wanted.emit(story.id)
    assert window.screens.currentWidget() is window.show_time_screen
    qtbot.mouseClick(window.show_time_screen.back_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.piece_screen

    # The app starts maximised: leaving show time gives the window back as it was.
    window.showMaximized()
    window.piece_screen.show_time_wanted.emit(story.id)
    assert window.isFullScreen()
    qtbot.keyClick(window.show_time_screen, Qt.Key.Key_Escape)
    assert window.isMaximized() and not window.isFullScreen()
    window.close()


def test_turning_a_page_while_reading_reads_that_page_and_skips_none(library, story, qtbot) -> None:
    voice = make_voice("silent")
    voice.word_ms = 300
    show = ShowTime(library, story.id, voice=voice)
    qtbot.addWidget(show)
    show.present()
    qtbot.waitUntil(lambda: len(show.stage.lit) > 0, timeout=2000)
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.index == 1 and show.reading
    assert voice.spoken[-1] == "Tom is big"
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    voice.shutdown()


def test_someone_else_speaking_pauses_show_time_on_its_page(library, story, qtbot) -> None:
    voice = make_voice("silent")
    voice.word_ms = 200
    show = ShowTime(library, story.id, voice=voice)
    qtbot.addWidget(show)
    show.present()
    show.go_to(1)
    qtbot.waitUntil(lambda: len(show.stage.lit) > 0, timeout=2000)
    voice.say("Next page")  # a talking button, half way through the page
    assert show.index == 1 and not show.reading and show.read_button.accessibleName() == "Read to me"
    voice.shutdown()


def test_a_picture_only_page_stays_a_while_before_turning(library, writer, qtbot) -> None:
    piece = library.new_piece(writer.id, "book")  # a cover and an empty page
    library.update_page(library.pages(piece.id)[0].id, words="Look")
    library.add_page(piece.id, words="The end")
    voice = make_voice("silent")
    show = ShowTime(library, piece.id, voice=voice, picture_page_ms=300, after_reading_ms=10)
    qtbot.addWidget(show)
    show.present()
    qtbot.waitUntil(lambda: show.index == 1, timeout=2000)  # the empty middle page
    assert show._turn_timer.isActive() and show.reading
    qtbot.waitUntil(lambda: show.index == 2, timeout=2000)
    qtbot.waitUntil(lambda: not show.reading, timeout=2000)
    assert voice.spoken == ["Look\n\nby Maya", "The end"]
    voice.shutdown()


def test_the_light_fits_the_words_of_a_page_with_its_own_text_size(library, writer, qtbot) -> None:
    piece = library.new_piece(writer.id, "book")
    page_id = library.pages(piece.id)[1].id
    library.update_page(page_id, words="Hi you", extras={"text_size": 100})  # the writer's is 36
    page, piece = library.page(page_id), library.piece(piece.id)
    style = PageStyle.resolve(library, piece)
    (part,) = spoken_parts(style, piece, page)
    drawn = word_rects(part, style.text_style(page), 0, 2)[0]  # where "Hi" is painted
    voice = make_voice("silent")
    show = ShowTime(library, piece.id, voice=voice, picture_page_ms=20, after_reading_ms=20)
    qtbot.addWidget(show)
    show.resize(1000, 760)
    lit: list[QRectF] = []
    voice.word.connect(lambda *_: lit.extend(show.stage.lit[:1]) if show.index == 1 else None)
    show.present()  # reads the cover (no words), then this page
    qtbot.waitUntil(lambda: not show.reading, timeout=5000)
    assert lit and lit[0] == drawn
    voice.shutdown()
