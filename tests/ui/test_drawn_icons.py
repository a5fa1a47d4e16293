"""The buttons' pictures: drawn as Qt's SVG icon draws them, and kept between starts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolButton

from nook.core.library import Library
from nook.ui.kit import drawn_icons
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.icons import avatar_list, avatar_path, icon_names, icon_path, svg_pixmap

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kept_in(tmp_path: Path):
    """Drawings kept in a folder of the test's own, as a start keeps them; none after."""
    yield lambda writable=True: drawn_icons.keep_in(tmp_path / "icons", writable)
    drawn_icons.keep_in(None)


def every_picture() -> list[str]:
    return [icon_path(name) for name in sorted(icon_names())] + [avatar_path(a["id"]) for a in avatar_list()]


def qt_square(path: str, size: int) -> QImage:
    """A picture stretched to a square as svg_pixmap drew it before (its own renderer)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(path).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def test_every_picture_looks_as_qts_svg_icon_draws_it(qapp) -> None:
    drawn_icons.keep_in(None)
    differing = []
    for path in every_picture():
        for size in (34, 46, 73):
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
                for state in (QIcon.State.Off, QIcon.State.On):
                    ours = drawn_icons.svg_icon(path).pixmap(QSize(size, size), mode, state).toImage()
                    qts = QIcon(path).pixmap(QSize(size, size), mode, state).toImage()
                    if ours != qts:
                        differing.append((Path(path).name, size, mode.name, state.name))
        if svg_pixmap(path, 26).toImage() != qt_square(path, 26):
            differing.append((Path(path).name, 26, "square", ""))
    assert differing == []


def test_a_button_shows_the_same_picture_as_before(qtbot) -> None:
    ours = PictureButton("new_book", "Make a book", "ours", size=73)
    theirs = QToolButton()
    theirs.setIcon(QIcon(icon_path("new_book")))
    for button in (ours, theirs):
        qtbot.addWidget(button)
        button.setIconSize(QSize(73, 73))
        button.setFixedSize(90, 90)
        button.setCheckable(True)
        button.setChecked(True)
    assert ours.grab().toImage() == theirs.grab().toImage()


def test_a_picture_drawn_at_one_start_is_read_back_at_the_next(qapp, kept_in, monkeypatch) -> None:
    first = kept_in()
    drawn = drawn_icons.svg_icon(icon_path("trash")).pixmap(QSize(46, 46)).toImage()
    badge = svg_pixmap(icon_path("book"), 26).toImage()
    assert first.unkept() == 2
    first.keep_new()
    assert first.unkept() == 0 and len(list(first.folder.iterdir())) == 2

    def never(*_args: object) -> None:
        raise AssertionError("drawn again")

    second = kept_in()  # the next start: nothing in memory, the kept drawings on disk
    monkeypatch.setattr(drawn_icons, "_draw", never)
    assert drawn_icons.svg_icon(icon_path("trash")).pixmap(QSize(46, 46)).toImage() == drawn
    assert svg_pixmap(icon_path("book"), 26).toImage() == badge
    assert second.read == 2 and second.unkept() == 0


def test_a_changed_picture_is_drawn_again(qapp, kept_in, tmp_path: Path) -> None:
    picture = tmp_path / "picture.svg"
    shutil.copyfile(icon_path("book"), picture)
    first = kept_in()
    before = drawn_icons.svg_icon(str(picture)).pixmap(QSize(46, 46)).toImage()
    first.keep_new()
    shutil.copyfile(icon_path("list"), picture)  # another picture under the same name

    second = kept_in()
    after = drawn_icons.svg_icon(str(picture)).pixmap(QSize(46, 46)).toImage()
    assert second.read == 0 and after != before
    assert after == QIcon(str(picture)).pixmap(QSize(46, 46)).toImage()
    second.keep_new()
    assert len(list(second.folder.iterdir())) == 1  # the old drawing went


def test_a_damaged_kept_drawing_is_drawn_again(qapp, kept_in) -> None:
    first = kept_in()
    expected = drawn_icons.svg_icon(icon_path("idea")).pixmap(QSize(46, 46)).toImage()
    first.keep_new()
    (kept_file,) = first.folder.iterdir()
    kept_file.write_bytes(b"not a drawing")

    second = kept_in()
    assert drawn_icons.svg_icon(icon_path("idea")).pixmap(QSize(46, 46)).toImage() == expected
    assert second.read == 0


def test_only_the_first_screens_pictures_are_kept(qapp, kept_in) -> None:
    first = kept_in()
    drawn_icons.svg_icon(icon_path("trash")).pixmap(QSize(46, 46))
    first.keep_new()  # the first screen is up
    for side in range(47, 60):  # the window resized: each size drawn, none kept
        drawn_icons.svg_icon(icon_path("trash")).pixmap(QSize(side, side))
    assert first.unkept() == 0
    first.keep_new()
    assert [file.name.split("-")[0] for file in first.folder.iterdir()] == ["trash"]

    second = kept_in()  # a start whose first screen shows another picture
    drawn_icons.svg_icon(icon_path("idea")).pixmap(QSize(46, 46))
    second.keep_new()
    assert [file.name.split("-")[0] for file in second.folder.iterdir()] == ["idea"]  # the unused one went


def test_pictures_held_in_memory_are_bounded(qapp, monkeypatch) -> None:
    drawn_icons.keep_in(None)
    monkeypatch.setattr(drawn_icons, "MEMORY_BYTES", 3 * 100 * 100 * 4)
    for side in range(60, 100):
        drawn_icons.svg_icon(icon_path("book")).pixmap(QSize(side, side))
    assert sum(p.width() * p.height() * 4 for p in drawn_icons._drawn.values()) <= 3 * 100 * 100 * 4


def test_a_library_only_looked_at_keeps_no_drawings(qapp, kept_in) -> None:
    kept = kept_in(writable=False)
    drawn_icons.svg_icon(icon_path("open")).pixmap(QSize(54, 54))
    kept.keep_new()
    assert not kept.folder.exists()


def test_the_second_start_draws_no_picture_of_its_first_screen(tmp_path: Path) -> None:
    library = Library.open(tmp_path)
    library.add_writer("Maya", "fox")
    library.close()
    start = [sys.executable, "-m", "nook", "--smoke", "--no-speech", "--data-dir", str(tmp_path)]
    subprocess.run(start, cwd=ROOT, check=True, timeout=120, capture_output=True)
    kept = len(list((tmp_path / "icons").iterdir()))  # ("Who is writing?": its buttons)
    assert kept >= 3
    code = (
        "import sys\n"
        "import nook.ui.kit.drawn_icons as drawn_icons\n"
        "import nook.ui.ready as ready\n"
        "drawn = []\n"
        "draw = drawn_icons._draw\n"
        "drawn_icons._draw = lambda *a: drawn.append(a) or draw(*a)\n"
        "mark = ready.note_mark\n"
        "def note(name):\n"
        "    if name == 'ready':\n"
        "        print(len(drawn), drawn_icons.kept().read, 'PySide6.QtSvg' in sys.modules)\n"
        "    mark(name)\n"
        "ready.note_mark = note\n"
        "from nook.__main__ import main\n"
        "sys.exit(main(['--smoke', '--no-speech', '--data-dir', sys.argv[1]]))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert found.returncode == 0, found.stderr
    drawn, read, svg = found.stdout.split()
    assert int(drawn) == 0 and int(read) == kept
    assert svg == "False"  # (Qt's SVG module not even loaded)
