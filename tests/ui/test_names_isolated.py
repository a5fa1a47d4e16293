"""An Arabic or Hebrew name set into an English or Spanish sentence keeps the sentence's
punctuation and numbers on their side. Without isolating it, the backpack's row for a
writer called سارة read "(1):" on the wrong side of the name (the digit after Arabic
letters joins their right-to-left run), and a list of two such names came out in
reverse with its comma between them moved. Names are set in FIRST STRONG ISOLATE ...
POP DIRECTIONAL ISOLATE; those draw nothing and espeak-ng says nothing for them.

Where things are drawn is asked of Qt's own text layout (the one the labels use), left
to right as the app's languages are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from nook.core.backpack import pack
from nook.core.library import Library
from nook.i18n import isolated
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.kit.plain import ElidedLabel
from nook.ui.operations import Operations
from tests.translation_helpers import in_english

SARA, DAVID = "\u0633\u0627\u0631\u0629", "\u05d3\u05d5\u05d3"  # Arabic and Hebrew letters


def drawn_in_order(text: str, parts: list[str]) -> bool:
    """Whether `parts` (found in `text` in this order) are drawn left to right."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    right, start = -1.0, 0
    for part in parts:
        start = text.index(part, start)
        rects = [run.boundingRect() for run in layout.glyphRuns(start, len(part))]
        start += len(part)
        if min(r.left() for r in rects) < right - 0.5:
            return False
        right = max(r.right() for r in rects)
    return True


def test_the_layout_check_sees_the_trouble(nook_app) -> None:
    """The check itself: a bare Arabic name pulls "(1)" to its left; isolated, it does not."""
    assert not drawn_in_order(f"{SARA} (1):", [SARA, "(", "1", ")", ":"])
    assert drawn_in_order(f"{isolated(SARA)} (1):", [SARA, "(", "1", ")", ":"])
    assert isolated("Maya") == "Maya"  # left-to-right names are as they are


@pytest.fixture
def home(tmp_path: Path):
    (tmp_path / "home").mkdir()
    library = Library.open(tmp_path / "home")
    yield library
    library.close()


def test_right_to_left_names_in_the_backpack_keep_the_sentences_order(
    library: Library, home: Library, tmp_path: Path, qtbot, nook_app
) -> None:
    sara, david = library.add_writer(SARA, "cat"), library.add_writer(DAVID, "robot")
    pieces = [library.new_piece(sara.id, "sign").id, library.new_piece(david.id, "list").id]
    bag = pack(library, pieces, tmp_path / "bag.nook").path
    with in_english():
        page = BackpackPage(home, Operations(home))
        qtbot.addWidget(page)
        page.choose_open_path = lambda parent, folder: str(bag)
        page.choose_backpack()
        rows = [label.text() for label in page.findChildren(ElidedLabel) if "(1):" in label.text()]
        assert len(rows) == 2
        for row in rows:
            name = SARA if SARA in row else DAVID
            assert drawn_in_order(row, [name, "(", "1", ")", ":"]), row
        page.bring_in()
        said = page.status.text()
        first, second = sorted([SARA, DAVID], key=said.index)
        assert drawn_in_order(said, ["2 new writers: ", first, ", ", second, "."]), said


@pytest.mark.parametrize("name", [SARA, DAVID])
def test_espeak_says_nothing_for_the_isolates(name: str) -> None:
    from tests.speech.test_espeak import synthesise

    bare = synthesise(f"Shelf for {name} now")
    marked = synthesise(f"Shelf for {isolated(name)} now")
    # (espeak-ng's sound differs a little from one time to the next)
    assert len(marked.events) == len(bare.events)
    assert abs(marked.duration_ms - bare.duration_ms) <= bare.duration_ms * 0.02
