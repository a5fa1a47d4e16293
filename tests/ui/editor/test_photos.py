"""Photo import: a real photo is turned upright, shrunk and stored once; anything else
is refused with the oops picture, and nothing is stored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from nook.core import picture as pic
from nook.core.settings import DEFAULTS
from tests.picture_files import black_png


def media_count(library) -> int:
    return library.db.execute("SELECT COUNT(*) FROM media").fetchone()[0]


@pytest.fixture(autouse=True)
def photos_allowed(library):
    """These tests are about the photo itself, as a grown-up (or an allowed child) adds it."""
    library.set_setting("child_may_import_photos", True)


def test_a_real_photo_is_upright_shrunk_and_stored_once(qtbot, library, writer, open_piece, tmp_path):
    # A 3000x1000 camera picture stored sideways, with EXIF "turn 90" (orientation 6).
    image = Image.new("RGB", (3000, 1000), "#ff0000")
    image.paste("#0000ff", (0, 0, 1500, 1000))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "camera.jpg"
    image.save(path, "JPEG", exif=exif)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    screen.go_to(1)
    assert screen.import_photo(path)
    item = screen.current_view.state.items[-1]
    assert item["type"] == "photo"
    info = library.media_info(item["media"])
    assert (info["width"], info["height"]) == (683, 2048)  # upright, at most 2048 px
    assert item["h"] > item["w"]
    stored = Image.open(io.BytesIO(library.media(item["media"])))
    assert stored.size == (683, 2048)
    assert pic.media_hashes(screen.current_view.state.items) == {item["media"]}
    screen.current_view.layer()
    (shown,) = screen.piece.pictures.images._entries.values()  # decoded at the size shown, not whole
    assert shown.height() <= screen.current_view.height() * screen.current_view.devicePixelRatioF() * 1.2 + 1
    assert screen.import_photo(path)  # the same photo again is stored once
    assert media_count(library) == 1
    assert not screen.oops_bubble.isVisible()


@pytest.mark.parametrize(
    ("name", "reason"),
    [("not_a_picture", "not_a_picture"), ("damaged", "damaged"), ("bomb", "too_big"), ("empty", "not_a_picture")],
)
def test_a_bad_file_is_refused_with_the_oops_picture(qtbot, library, writer, open_piece, tmp_path, name, reason):
    path = tmp_path / f"{name}.png"
    if name == "not_a_picture":
        path.write_text("Dear Grandma, this is a letter, not a picture.")
    elif name == "damaged":
        buffer = io.BytesIO()
        Image.new("RGB", (400, 300), "#00aa00").save(buffer, "PNG")
        path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    elif name == "bomb":
        # A small file that claims to be 20000 x 20000 pixels (400 MP).
        path.write_bytes(black_png(20000, 20000))
    else:
        path.write_bytes(b"")
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    assert not screen.import_photo(path)
    assert screen.oops_bubble.isVisible()
    assert screen.oops_bubble.reason == reason
    assert not screen.oops_bubble.picture.pixmap().isNull()
    assert media_count(library) == 0
    assert screen.current_view.state.items == []
    qtbot.mouseClick(screen.oops_bubble.ok, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert not screen.oops_bubble.isVisible()


def test_a_missing_file_is_refused(qtbot, library, writer, open_piece, tmp_path):
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    assert not screen.import_photo(Path(tmp_path / "gone.jpg"))
    assert screen.oops_bubble.reason == "unreadable"


def test_a_child_tapping_add_a_photo_gets_the_ask_a_grown_up_picture_not_the_gate(
    qtbot, library, writer, open_piece, monkeypatch, tmp_path
):
    from nook.ui.editor import picture_actions
    from nook.ui.grownup.visit import GrownUpVisit

    photo = tmp_path / "pet.png"
    Image.new("RGB", (120, 80), "#3366ff").save(photo)
    dialogs: list[str] = []
    monkeypatch.setattr(
        picture_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (dialogs.append("asked") or str(photo), "")
    )
    assert DEFAULTS["child_may_import_photos"] is False  # photos are a grown-up's addition
    library.set_setting("child_may_import_photos", False)  # (these tests' library lets children)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    visit = GrownUpVisit()
    asked: list[bool] = []
    visit.gate = lambda parent: asked.append(True) or True
    screen.picture_actions.visit = visit
    assert screen.photo_button.isVisibleTo(screen)

    def media() -> int:
        return library.db.execute("SELECT COUNT(*) FROM media").fetchone()[0]

    # A child taps it: the picture and its words, no question, no file dialog.
    qtbot.mouseClick(screen.photo_button, Qt.MouseButton.LeftButton)
    assert screen.oops_bubble.isVisible() and screen.oops_bubble.reason == "no_photos"
    assert asked == [] and dialogs == [] and media() == 0
    door = screen.oops_bubble.grown_up_button
    assert door.isVisibleTo(screen.oops_bubble) and door.accessibleName() == "For grown-ups"

    # The grown-up the child fetched uses the door: the gate once, then the file dialog.
    qtbot.mouseClick(door, Qt.MouseButton.LeftButton)
    assert asked == [True] and dialogs == ["asked"] and media() == 1
    # The next photos in the same visit: no second question.
    for _ in range(2):
        qtbot.mouseClick(screen.photo_button, Qt.MouseButton.LeftButton)
    assert asked == [True] and dialogs == ["asked"] * 3 and media() == 1  # the same photo is stored once

    visit.end()  # the grown-up has gone: the child meets the picture again
    qtbot.mouseClick(screen.photo_button, Qt.MouseButton.LeftButton)
    assert screen.oops_bubble.reason == "no_photos" and len(dialogs) == 3 and asked == [True]
    assert not screen.oops_bubble.grown_up_button.isHidden()
    screen.oops_bubble.show_reason("unreadable")  # another reason to say oops: no door on it
    assert screen.oops_bubble.grown_up_button.isHidden()

    library.set_setting("child_may_import_photos", True)  # now children may, with no gate
    qtbot.mouseClick(screen.photo_button, Qt.MouseButton.LeftButton)
    assert len(dialogs) == 4 and asked == [True]


def test_a_photo_file_dropped_on_the_editor_is_added(qtbot, library, writer, open_piece, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "pet.png"
    Image.new("RGB", (200, 100), "#ff8800").save(path)
    piece = library.new_piece(writer.id, "book")
    screen = open_piece(piece.id)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(screen.width() / 2, screen.height() / 2)
    enter = QDragEnterEvent(
        point.toPoint(), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(screen, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(screen, drop)
    assert screen.current_view.state.items[-1]["type"] == "photo"
