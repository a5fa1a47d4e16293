"""A child makes a book through the real window, closes the app, and comes back to it
exactly as it was: driven by the names a child hears, with real mouse events."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from nook.core import picture as pic
from nook.core.library import Library
from nook.render import draw_page
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow
from tests.ui.editor.conftest import drag, tap

LEFT = Qt.MouseButton.LeftButton


def find(root: QWidget, name: str) -> QWidget:
    widget = root.findChild(QWidget, name)
    assert widget is not None, f"no control named {name}"
    return widget


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    assert widget.accessibleName(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def test_make_a_book_close_the_app_and_find_it_as_it_was(qtbot, data_dir, nook_app):
    library = Library.open(data_dir)
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    click(qtbot, find(window, "addWriter"))
    name = find(window, "writerName")
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Sam")
    click(qtbot, find(window, "avatar_fox"))
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.shelf_screen)
    click(qtbot, find(window, "newBook"))
    qtbot.waitUntil(lambda: window.piece_screen is not None and window.piece_screen.isVisible())
    screen = window.piece_screen
    piece_id = screen.piece_id

    qtbot.keyClicks(screen.current_view.edits["words"], "Space trip")
    drag(qtbot, screen.current_view, [(200, 500), (500, 700), (900, 600)])
    click(qtbot, find(screen, "nextPage"))
    click(qtbot, find(screen, "toolSticker"))
    click(qtbot, find(screen, "stickerCategoryVehicles"))
    rocket = next(iter(screen.sticker_box.sticker_buttons.values()))
    click(qtbot, rocket)
    tap(qtbot, screen.current_view, 600, 300)
    click(qtbot, find(screen, "toolCircle"))
    click(qtbot, find(screen, "colourPurple"))
    drag(qtbot, screen.current_view, [(900, 200), (1300, 600)])
    qtbot.keyClicks(screen.current_view.edits["words"], "We flew to the moon")
    click(qtbot, find(screen, "addPage"))
    qtbot.keyClicks(screen.current_view.edits["words"], "The end")
    shown = [draw_page(library, s.as_page(i), QSize(400, 300)) for i, s in enumerate(screen.states)]

    window.close()  # the app closes with the piece open: everything is stored
    library.close()

    again = Library.open(data_dir)
    try:
        pages = again.pages(piece_id)
        assert [p.words for p in pages] == ["Space trip", "We flew to the moon", "The end"]
        assert [i["type"] for i in pic.items_of(pages[1].picture)] == ["sticker", "shape"]
        assert again.piece(piece_id).title == "Space trip"
        assert [draw_page(again, p, QSize(400, 300)) for p in pages] == shown
        window2 = MainWindow(again, ForwardingVoice())
        qtbot.addWidget(window2)
        window2.show()
        qtbot.waitExposed(window2)
        assert window2.piece_screen is not None and window2.piece_screen.piece_id == piece_id  # where it was left
        window2.close()
    finally:
        again.close()
