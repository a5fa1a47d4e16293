"""The shelf, driven through real widgets on a real library file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shelf_helpers import click, find, tap_cover, write

from nook.core.library import Library
from nook.speech import ForwardingVoice
from nook.ui.kit import fit
from nook.ui.main_window import MainWindow
from nook.ui.shelf.screen import ShelfScreen


def shown_ids(screen: ShelfScreen) -> list[str]:
    model = screen.model
    return [model.shelf_row(n).id for n in range(model.rowCount())]


def test_writers_each_see_only_their_own_shelf(qtbot, nook_app, library: Library) -> None:
    maya = library.add_writer("Maya", "fox")
    ben = library.add_writer("Ben", "cat")
    mayas = {library.new_piece(maya.id, kind).id for kind in ("book", "sign")}
    bens = {library.new_piece(ben.id, "letter").id}
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.screens.currentWidget() is window.writers_screen
    for writer, theirs in ((maya, mayas), (ben, bens), (maya, mayas)):
        click(qtbot, find(window.writers_screen, f"writer_{writer.id}"))
        assert window.screens.currentWidget() is window.shelf_screen
        assert set(shown_ids(window.shelf_screen)) == theirs
        assert window.shelf_screen.writer_label.text() == writer.name
        click(qtbot, find(window.shelf_screen, "switchWriter"))
        assert window.screens.currentWidget() is window.writers_screen
    window.close()


def test_add_a_writer_in_two_taps_without_a_name(qtbot, nook_app, library: Library) -> None:
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    click(qtbot, find(window, "addWriter"))
    assert isinstance(find(window, "writerName"), QLineEdit)  # a name is optional
    click(qtbot, find(window, "avatar_cat"))
    (writer,) = library.writers()
    assert writer.avatar == "cat" and writer.name == ""
    assert window.screens.currentWidget() is window.shelf_screen
    assert window.shelf_screen.writer_id == writer.id
    window.close()


def test_newest_first_with_star_and_kind(shelf_screen: ShelfScreen, library: Library, writer) -> None:
    old = library.new_piece(writer.id, "book")
    new = library.new_piece(writer.id, "sign")
    library.set_finished(new.id)
    shelf_screen.reload()
    rows = [shelf_screen.model.shelf_row(n) for n in range(2)]
    assert [r.id for r in rows] == [new.id, old.id]
    assert rows[0].finished and rows[0].kind == "sign" and not rows[1].finished


def test_first_tap_says_the_cover_second_tap_opens_it(qtbot, shelf_screen, library, writer, voice) -> None:
    piece = library.new_piece(writer.id, "book")
    write(library, piece.id, "My cat Tom")
    shelf_screen.reload()
    tap_cover(qtbot, shelf_screen.view, 0)
    assert voice.spoken[-1] == "My cat Tom"
    assert find(shelf_screen, "pieceActions").isVisible()
    with qtbot.waitSignal(shelf_screen.piece_opened) as opened:
        tap_cover(qtbot, shelf_screen.view, 0)
    assert opened.args == [piece.id]


def test_open_and_make_another_like_this(qtbot, shelf_screen, library, writer) -> None:
    piece = library.new_piece(writer.id, "list")
    write(library, piece.id, "Things I love")
    shelf_screen.reload()
    tap_cover(qtbot, shelf_screen.view, 0)
    click(qtbot, find(shelf_screen, "duplicatePiece"))
    assert library.count_pieces(writer.id) == 2
    copy = [p for p in library.pieces(writer.id) if p.id != piece.id][0]
    assert copy.title == "Things I love" and copy.kind == "list"
    assert shelf_screen.selected_piece_id() == copy.id
    with qtbot.waitSignal(shelf_screen.piece_opened) as opened:
        click(qtbot, find(shelf_screen, "openPiece"))
    assert opened.args == [copy.id]


def test_child_puts_in_trash_and_takes_it_back_out(qtbot, shelf_screen, library, writer) -> None:
    keep = library.new_piece(writer.id, "book")
    oops = library.new_piece(writer.id, "sign")
    shelf_screen.reload()
    tap_cover(qtbot, shelf_screen.view, 0)
    click(qtbot, find(shelf_screen, "trashPiece"))
    assert library.piece(oops.id).trashed
    qtbot.waitUntil(lambda: shown_ids(shelf_screen) == [keep.id])
    click(qtbot, find(shelf_screen, "showTrash"))
    assert shelf_screen.trash_model.rowCount() == 1
    assert not find(shelf_screen, "restorePiece").isEnabled()
    tap_cover(qtbot, shelf_screen.trash_view, 0)
    click(qtbot, find(shelf_screen, "restorePiece"))
    assert not library.piece(oops.id).trashed
    assert shelf_screen.trash_model.rowCount() == 0
    click(qtbot, find(shelf_screen, "trashBack"))
    assert set(shown_ids(shelf_screen)) == {keep.id, oops.id}
    # No way to delete for good on the child side.
    assert shelf_screen.findChild(type(find(shelf_screen, "trashPiece")), "trashDeleteForever") is None


def test_the_childs_trash_is_made_when_first_shown_at_the_size_chosen(qtbot, shelf_screen, library, writer) -> None:
    """Not before: a start does not build it (it was nearly half the widgets built before
    the first paint), and a button size chosen meanwhile is the one it is made at."""
    library.new_piece(writer.id, "book")
    assert shelf_screen.findChild(QWidget, "childTrashPage") is None
    library.set_setting("button_size", 96, writer.id)
    click(qtbot, find(shelf_screen, "showTrash"))
    trash = find(shelf_screen, "childTrashPage")
    assert trash.isVisible()
    assert find(shelf_screen, "trashBack").width() == 96
    assert shelf_screen.trash_view.gridSize() == shelf_screen.view.gridSize()
    assert shelf_screen.trash_view.minimumHeight() == shelf_screen.trash_view.gridSize().height()  # a whole row
    click(qtbot, find(shelf_screen, "trashBack"))
    assert shelf_screen.view.isVisible()
    click(qtbot, find(shelf_screen, "showTrash"))
    assert find(shelf_screen, "childTrashPage") is trash  # made once


def test_grown_up_can_stop_children_trashing(qtbot, shelf_screen, library, writer) -> None:
    library.new_piece(writer.id, "book")
    shelf_screen.reload()
    tap_cover(qtbot, shelf_screen.view, 0)
    assert find(shelf_screen, "trashPiece").isVisible()
    library.set_setting("child_may_trash", False)
    assert not find(shelf_screen, "trashPiece").isVisible()
    assert not find(shelf_screen, "showTrash").isVisible()


def test_picture_filters(qtbot, shelf_screen, library, writer) -> None:
    book = library.new_piece(writer.id, "book")
    sign = library.new_piece(writer.id, "sign")
    letter = library.new_piece(writer.id, "letter")
    library.set_finished(letter.id)
    shelf_screen.reload()
    for name, expected in (
        ("filter_book", [book.id]),
        ("filter_sign", [sign.id]),
        ("filter_list", []),
        ("filter_finished", [letter.id]),
        ("filter_all", [letter.id, sign.id, book.id]),
    ):
        click(qtbot, find(shelf_screen, name))
        assert shown_ids(shelf_screen) == expected, name
    click(qtbot, find(shelf_screen, "filter_list"))
    assert find(shelf_screen, "emptyShelfHint").isVisible()


def test_search_finds_words_with_quotes_accents_and_emoji(qtbot, shelf_screen, library, writer) -> None:
    pieces = {}
    for words in ('My "best" dog', "Ñandú en el jardín", "I 💖 my cat", "The café is open", "nothing here"):
        piece = library.new_piece(writer.id, "book")
        write(library, piece.id, words)
        pieces[words] = piece.id
    other = library.add_writer("Ben", "cat")
    write(library, library.new_piece(other.id, "book").id, "my best dog too")
    shelf_screen.reload()
    box = find(shelf_screen, "shelfSearch")
    for typed, expected in (
        ('"best"', 'My "best" dog'),
        ("best dog", 'My "best" dog'),
        ("nandu", "Ñandú en el jardín"),
        ("jardín", "Ñandú en el jardín"),
        ("💖", "I 💖 my cat"),
        ("cafe", "The café is open"),
        ("café", "The café is open"),
    ):
        box.clear()
        box.setFocus()
        box.insert(typed)  # as an input method delivers accents and emoji
        qtbot.waitUntil(lambda e=expected: shown_ids(shelf_screen) == [pieces[e]], timeout=2000)
    for odd in ('"', "'", "*", "AND", "NEAR(", "-", "\\"):
        shelf_screen.search(odd)  # any characters are safe
    shelf_screen.search("zebra")
    assert shown_ids(shelf_screen) == [] and find(shelf_screen, "emptyShelfHint").isVisible()
    shelf_screen.search("dog")
    click(qtbot, find(shelf_screen, "filter_all"))  # "Everything" ends the search
    assert box.text() == "" and len(shown_ids(shelf_screen)) == 5


def test_big_shelf_loads_in_windows_and_draws_only_visible_covers(qtbot, shelf_screen, library, writer) -> None:
    with library.transaction():
        for number in range(400):
            write(library, library.new_piece(writer.id, "book").id, f"story {number}")
    shelf_screen.reload()
    assert shelf_screen.model.total == 400
    assert shelf_screen.model.loaded() < 400  # fetched a window at a time
    qtbot.waitUntil(lambda: shelf_screen.thumbnails.drawn > 0 and shelf_screen.thumbnails.pending() == 0)
    drawn = shelf_screen.thumbnails.drawn
    assert 0 < drawn < 60  # only the covers on screen
    shelf_screen.view.verticalScrollBar().setValue(shelf_screen.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: shelf_screen.thumbnails.drawn > drawn and shelf_screen.thumbnails.pending() == 0)
    assert shelf_screen.model.loaded() > 48
    before = shelf_screen.thumbnails.drawn
    shelf_screen.view.viewport().repaint()
    assert shelf_screen.thumbnails.drawn == before  # cached: nothing drawn twice


def test_cover_is_drawn_again_after_an_edit(qtbot, shelf_screen, library, writer) -> None:
    piece = library.new_piece(writer.id, "sign")
    shelf_screen.reload()
    qtbot.waitUntil(lambda: shelf_screen.thumbnails.drawn == 1)
    write(library, piece.id, "KEEP OUT")
    qtbot.waitUntil(lambda: shelf_screen.thumbnails.drawn == 2)
    assert shelf_screen.model.shelf_row(0).title == "KEEP OUT"


def test_button_size_setting_takes_effect_at_once(qtbot, shelf_screen, library, writer) -> None:
    new_book = find(shelf_screen, "newBook")
    filter_all = find(shelf_screen, "filter_all")
    assert filter_all.width() == 64
    library.set_setting("button_size", 128, writer.id)
    assert filter_all.width() == 128
    assert new_book.iconSize().width() > 64 * 1.6 * 0.72
    other = library.add_writer("Ben", "cat")
    shelf_screen.show_writer(other.id)  # Ben has no size of his own: everyone's
    assert filter_all.width() == 64


def test_covers_follow_a_font_change_and_a_rename(qtbot, shelf_screen, library, writer) -> None:
    library.new_piece(writer.id, "book")
    shelf_screen.reload()
    qtbot.waitUntil(lambda: shelf_screen.thumbnails.drawn == 1)
    library.set_setting("font", "opendyslexic", writer.id)
    qtbot.waitUntil(lambda: shelf_screen.thumbnails.drawn == 2)
    library.update_writer(writer.id, name="Maya R.")
    qtbot.waitUntil(lambda: shelf_screen.thumbnails.drawn == 3)
    assert shelf_screen.writer_label.text() == "Maya R."


def test_nothing_runs_while_the_shelf_is_idle(qtbot, nook_app, library: Library) -> None:
    from PySide6.QtCore import QTimer

    writer = library.add_writer("Maya", "fox")
    for kind in ("book", "list", "sign", "letter"):
        write(library, library.new_piece(writer.id, kind).id, f"my {kind}")
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    qtbot.waitUntil(lambda: window.shelf_screen.thumbnails.drawn == 4 and not window.shelf_screen.thumbnails.pending())

    def running() -> list[str]:
        timers = [t for t in window.findChildren(QTimer) if t.isActive()]
        return [t.parent().objectName() or type(t.parent()).__name__ for t in timers]

    # Past the search and scroll holds every timer stops: nothing repeats while idle.
    qtbot.waitUntil(lambda: running() == [], timeout=2000)
    window.close()


def test_biggest_buttons_still_fit_a_small_screen(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Maya", "fox")
    library.set_setting("button_size", 192)
    area = QRect(0, 0, 1024, 700)
    window = MainWindow(library, ForwardingVoice(), screen_area=area)
    qtbot.addWidget(window)
    window.show()
    assert window.writers_screen.minimumSizeHint().width() <= 1024
    window.show_shelf(writer.id)
    screen = window.shelf_screen
    assert screen.minimumSizeHint().width() <= 1024
    # As big as the screen allows (as in the editor and show time): a tenth of its width,
    # so the New buttons, the filters and a row of covers all fit it.
    assert find(screen, "filter_all").width() == fit.button_size_within(192, area) == 102
    assert screen.delegate.cover.width() >= 192
    window.close()


def test_keyboard_chooses_and_opens_a_cover(qtbot, shelf_screen, library, writer) -> None:
    from PySide6.QtCore import Qt

    first = library.new_piece(writer.id, "book")
    second = library.new_piece(writer.id, "list")
    shelf_screen.reload()
    shelf_screen.view.setFocus()
    qtbot.keyClick(shelf_screen.view, Qt.Key.Key_Right)
    qtbot.keyClick(shelf_screen.view, Qt.Key.Key_Right)
    assert shelf_screen.selected_piece_id() in (first.id, second.id)
    assert find(shelf_screen, "pieceActions").isVisible()
    chosen = shelf_screen.selected_piece_id()
    with qtbot.waitSignal(shelf_screen.piece_opened) as opened:
        qtbot.keyClick(shelf_screen.view, Qt.Key.Key_Return)
    assert opened.args == [chosen]


def test_shelf_keeps_its_place_when_a_piece_far_down_goes_to_the_trash(qtbot, shelf_screen, library, writer) -> None:
    with library.transaction():
        for number in range(120):
            write(library, library.new_piece(writer.id, "book").id, f"story {number}")
    shelf_screen.reload()
    bar = shelf_screen.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the covers are laid out
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    view = shelf_screen.view
    seen = [  # covers a tap can reach: their middle is in sight (a whole cell may not fit the view)
        n
        for n in range(view.model().rowCount())
        if view.viewport().rect().contains(view.visualRect(view.model().index(n, 0)).center())
    ]
    per_row = view.viewport().width() // shelf_screen.delegate.cell_size().width()
    assert seen and seen[0] >= 2 * per_row  # far down: rows below the first screen
    index = view.model().index(seen[0], 0)
    tap_cover(qtbot, shelf_screen.view, index.row())
    click(qtbot, find(shelf_screen, "trashPiece"))
    qtbot.waitUntil(lambda: shelf_screen.model.total == 119)
    assert abs(bar.value() - place) < shelf_screen.delegate.cell_size().height()


def move_pointer(widget, point: QPoint) -> None:
    """A mouse move as the window system delivers it (QTest's raises the window, which
    the offscreen platform warns about)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_resting_the_pointer_on_a_cover_says_its_name(qtbot, shelf_screen, library, writer, voice) -> None:
    piece = library.new_piece(writer.id, "book")
    write(library, piece.id, "My big red bus")
    shelf_screen.reload()
    qtbot.waitUntil(shelf_screen.isActiveWindow)
    view = shelf_screen.view
    centre = view.visualRect(view.model().index(0, 0)).center()
    move_pointer(view.viewport(), centre)
    qtbot.waitUntil(lambda: voice.spoken[-1:] == ["My big red bus"], timeout=2000)
    library.set_setting("talking_buttons", False, writer.id)
    voice.spoken.clear()
    move_pointer(view.viewport(), centre + QPoint(3, 3))
    assert shelf_screen.cover_talk.resting
    qtbot.waitUntil(lambda: not shelf_screen.cover_talk.resting, timeout=2000)
    assert voice.spoken == []


def test_a_stray_key_on_a_fresh_shelf_makes_nothing(qtbot, shelf_screen: ShelfScreen) -> None:
    """The keyboard starts on New book (a screen reader says where the child is), and a
    child banging the keyboard made a new book with Space (seen on the walk). Keys press
    a shelf button only once the person has moved the keyboard there themselves."""
    shelf_screen.activateWindow()
    window = shelf_screen.window().windowHandle()
    started: list[str] = []
    shelf_screen.piece_started.connect(started.append)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shelf_screen.new_buttons["book"])
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        QTest.keyClick(window, key)  # as the keys arrive: to whatever has the keyboard
    assert started == []
    assert QApplication.focusWidget() is shelf_screen.new_buttons["book"]  # still said there
    QTest.keyClick(window, Qt.Key.Key_Tab)
    QTest.keyClick(window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is shelf_screen.new_buttons["book"]
    QTest.keyClick(window, Qt.Key.Key_Space)  # chosen: it makes a book
    qtbot.waitUntil(lambda: len(started) == 1)


def test_the_chosen_cover_has_a_thick_orange_ring(qtbot, shelf_screen, library, writer) -> None:
    """The ring says which cover the actions are for: orange and thick once tapped, thin
    and pale before (and again when the choice goes)."""
    from PySide6.QtGui import QColor

    from nook.ui.kit import theme
    from nook.ui.shelf.delegate import MARGIN

    library.new_piece(writer.id, "book")
    shelf_screen.reload()
    view = shelf_screen.view
    cell = view.visualRect(view.model().index(0, 0))
    cover = shelf_screen.delegate.cover
    # On the cover's left edge, half way down: inside the chosen ring (6 px), outside the thin one.
    edge = QPoint(cell.x() + (cell.width() - cover.width()) // 2 - 2, cell.y() + MARGIN + cover.height() // 2)

    def ring() -> QColor:
        return view.viewport().grab().toImage().pixelColor(edge)

    assert ring() != QColor(theme.EDGE_CHOSEN)
    tap_cover(qtbot, view, 0)
    qtbot.waitUntil(lambda: ring() == QColor(theme.EDGE_CHOSEN))
    shelf_screen.reload()  # (the choice is kept)
    assert ring() == QColor(theme.EDGE_CHOSEN)
    view.clearSelection()
    qtbot.waitUntil(lambda: ring() != QColor(theme.EDGE_CHOSEN))
